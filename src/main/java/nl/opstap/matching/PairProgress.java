package nl.opstap.matching;

import java.time.Instant;
import java.util.List;
import nl.opstap.shared.domain.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * Rule: the steps of a pair, each decided by a person and kept with who, when, why and the score breakdown that
 * person saw. Putting a client forward sends personal data to an employer, so it needs the client's recorded consent.
 */
final class PairProgress {

    /** One decision on the pair, as logged. */
    record Step(PairStatus status, String by, Instant at, @Nullable String reason, String breakdownShown) {}

    /** A requested step as entered on the screen or in the API. */
    record Request(@com.fasterxml.jackson.annotation.JsonProperty("status") @Nullable PairStatus status,
                   @com.fasterxml.jackson.annotation.JsonProperty("reden") @Nullable String reason, String by, Instant at,
                   String breakdownShown) {}

    private PairProgress() {}

    /** The step that follows from the request, or a rule violation naming what is wrong. */
    static Step next(PairStatus current, Request request, boolean consentRecorded) {
        PairStatus next = request.status();
        if (next == null) {
            throw RuleViolation.of(Request.class, "status", "required", "Kies de volgende stap.");
        }
        if (!current.canBecome(next)) {
            throw RuleViolation.of(Request.class, "status", "transition", "Een koppeling met status " + current.code()
                    + " kan niet naar " + next.code() + "; mogelijk: " + allowed(current) + ".");
        }
        String reason = request.reason() == null ? null : request.reason().strip();
        if (next.needsReason() && (reason == null || reason.isEmpty())) {
            throw RuleViolation.of(Request.class, "reason", "required", "Geef de reden waarom de koppeling " + next.code() + " is.");
        }
        if (reason != null && reason.length() > 1000) {
            throw RuleViolation.of(Request.class, "reason", "size", "De reden mag hoogstens 1000 tekens lang zijn.");
        }
        if (next == PairStatus.PUT_FORWARD && !consentRecorded) {
            throw RuleViolation.of(Request.class, "status", "consent",
                    "De werkzoekende heeft geen toestemming gegeven om gegevens met werkgevers te delen; voordragen kan pas daarna.");
        }
        return new Step(next, request.by(), request.at(), reason == null || reason.isEmpty() ? null : reason, request.breakdownShown());
    }

    /** The status after a history of steps, starting at voorgesteld. */
    static PairStatus statusAfter(List<Step> steps) {
        return steps.isEmpty() ? PairStatus.PROPOSED : steps.getLast().status();
    }

    private static String allowed(PairStatus current) {
        List<String> codes = java.util.Arrays.stream(PairStatus.values()).filter(current::canBecome).map(PairStatus::code).toList();
        return codes.isEmpty() ? "geen (eindstatus)" : String.join(", ", codes);
    }
}
