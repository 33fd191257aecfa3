package nl.opstap.activity;

import java.time.Instant;
import java.time.LocalDate;
import nl.opstap.client.ClientId;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.shared.domain.RuleViolation;
import org.jspecify.annotations.Nullable;

/** A client's participation in an activity, with the activity's and the dropout reason's names for display. */
record Participation(ParticipationId id, ClientId client, MunicipalityCode municipality, ActivityId activity,
                     String activityName, ActivityKind activityKind, LocalDate startDate, @Nullable LocalDate plannedEnd,
                     @Nullable LocalDate actualEnd, @Nullable ParticipationResult result, @Nullable DropoutReasonId dropoutReason,
                     @Nullable String dropoutReasonName, boolean certificate, @Nullable String certificateDescription,
                     @Nullable LocalDate certificateDate, @Nullable String notes, Instant createdAt, @Nullable Instant endedAt) {

    public boolean isEnded() {
        return actualEnd != null;
    }

    /** Withdrawable: planned to start after {@code today} and not ended. */
    void checkCancellable(LocalDate today) {
        if (isEnded()) {
            throw RuleViolation.conflict(null, "", "ended", "Deze deelname is al beëindigd.");
        }
        if (!startDate.isAfter(today)) {
            throw RuleViolation.of(null, "", "started",
                    "Deze deelname is al begonnen; rond haar af met een resultaat (bijvoorbeeld uitgevallen, met de reden).");
        }
    }

    public boolean isCancelled() {
        return result == ParticipationResult.GEANNULEERD;
    }

    /** Running on {@code today}: started and not ended. */
    public boolean isCurrent(LocalDate today) {
        return !startDate.isAfter(today) && actualEnd == null;
    }

    /** Checks an ending against this participation; the caller stores it. */
    void checkEnding(ParticipationEnding ending, LocalDate today) {
        if (isEnded()) {
            throw RuleViolation.conflict(ParticipationEnding.class, "", "ended", "Deze deelname is al beëindigd.");
        }
        if (ending.result() == ParticipationResult.GEANNULEERD) {
            throw RuleViolation.of(ParticipationEnding.class, "result", "cancel",
                    "Een deelname die nog niet begonnen is, annuleert u; een gestarte deelname rondt u af met een resultaat.");
        }
        ParticipationDates.checkEnd(ParticipationEnding.class, startDate, ending.actualEnd(), today);
        if (ending.result() == ParticipationResult.UITGEVALLEN && ending.dropoutReasonId() == null) {
            throw RuleViolation.of(ParticipationEnding.class, "dropoutReasonId", "required", "Kies een reden van uitval.");
        }
        if (ending.hasCertificate() && (ending.certificateDescription() == null || ending.certificateDescription().isBlank())) {
            throw RuleViolation.of(ParticipationEnding.class, "certificateDescription", "required",
                    "Beschrijf de praktijkverklaring (bijvoorbeeld het werkterrein of de vaardigheden).");
        }
        ParticipationDates.checkCertificate(ParticipationEnding.class, startDate, ending.certificateDate(), today);
    }
}
