package nl.opstap.portfolio;

import java.time.Instant;
import java.util.UUID;
import nl.opstap.client.ClientId;
import nl.opstap.employer.EmployerId;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.vacancy.VacancyId;
import org.jspecify.annotations.Nullable;

/** An employer's request for contact about a published profile. Its status changes only through {@link #moveTo}. */
record ContactRequest(UUID id, ClientId client, String profileNumber, MunicipalityCode municipality, EmployerId employer,
                      @Nullable VacancyId vacancy, @Nullable String message, ContactStatus status, Instant requestedAt, int version) {

    static final int MESSAGE_MAX = 1000;

    static ContactRequest ask(Profile profile, EmployerId employer, @Nullable VacancyId vacancy, @Nullable String message, Instant now) {
        if (!profile.published()) {
            throw RuleViolation.of(ContactRequest.class, "profiel", "withdrawn", "Dit profiel is niet meer beschikbaar.");
        }
        String clean = message == null || message.isBlank() ? null : message.strip();
        if (clean != null && clean.length() > MESSAGE_MAX) {
            throw RuleViolation.of(ContactRequest.class, "bericht", "size", "Het bericht is te lang (hoogstens 1000 tekens).");
        }
        return new ContactRequest(UUID.randomUUID(), profile.client(), profile.card().number(), profile.municipality(), employer,
                vacancy, clean, ContactStatus.OPEN, now, 0);
    }

    /** The request in the next status, or a rule violation when the rules do not allow that step. */
    ContactRequest moveTo(ContactStatus next) {
        if (!status.canBecome(next)) {
            throw RuleViolation.of(ContactRequest.class, "status", "transition",
                    "Een contactverzoek met status " + status.code() + " kan niet de status " + next.code() + " krijgen.");
        }
        return new ContactRequest(id, client, profileNumber, municipality, employer, vacancy, message, next, requestedAt, version);
    }
}
