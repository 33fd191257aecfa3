package nl.opstap.workshop;

import java.time.LocalDate;
import nl.opstap.client.ClientId;
import nl.opstap.diagnosis.AssessmentCategory;
import nl.opstap.shared.domain.RuleViolation;

/** A client as candidate of a workshop. Its status changes only through {@link #statusAfter}. */
record Candidate(WorkshopId workshop, ClientId client, AssessmentCategory category, LocalDate added, CandidateStatus status,
                 LocalDate since) {

    /**
     * The status after a change dated {@code date}: the change must be allowed from the current status (final
     * statuses stay), and dated neither in the future nor before the current status began.
     */
    CandidateStatus statusAfter(CandidateStatus next, LocalDate date, LocalDate today) {
        if (!status.canBecome(next)) {
            throw RuleViolation.of(StatusChange.class, "status", "transition",
                    "Een kandidaat met status " + status.code() + " kan niet de status " + next.code() + " krijgen.");
        }
        if (date.isAfter(today)) {
            throw RuleViolation.of(StatusChange.class, "date", "future", "De datum van de statuswijziging ligt niet in de toekomst.");
        }
        if (date.isBefore(since)) {
            throw RuleViolation.of(StatusChange.class, "date", "beforeCurrent",
                    "De datum ligt niet vóór de huidige status (sinds " + since.format(nl.opstap.shared.web.Formats.DATE) + ").");
        }
        return next;
    }

    boolean holdsSeat() {
        return status == CandidateStatus.GEPLAATST;
    }
}
