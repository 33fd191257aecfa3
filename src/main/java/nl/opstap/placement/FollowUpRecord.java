package nl.opstap.placement;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.shared.domain.Violations;
import org.jspecify.annotations.Nullable;

/**
 * A follow-up contact as held: the day, what came out of it, and whether it is a signal (trouble at work that may
 * reopen support). Rule: held on a day from the placement's start up to today, with an outcome of at most 1000 signs;
 * support is reopened only on a signal.
 */
record FollowUpRecord(@JsonProperty("gehouden") @Nullable LocalDate held, @JsonProperty("uitkomst") @Nullable String outcome,
                      @JsonProperty("signaal") @Nullable Boolean signal,
                      @JsonProperty("ondersteuningHeropenen") @Nullable Boolean reopenSupport) {

    void check(LocalDate placementStart, LocalDate today) {
        Violations v = new Violations(FollowUpRecord.class);
        v.check(() -> {
            if (held == null) {
                throw RuleViolation.of(FollowUpRecord.class, "held", "required", "Vul de datum van het contact in.");
            }
            if (held.isBefore(placementStart) || held.isAfter(today)) {
                throw RuleViolation.of(FollowUpRecord.class, "held", "range", "Een nazorgcontact ligt tussen de start van de plaatsing en vandaag.");
            }
        });
        v.check(() -> {
            if (outcome == null || outcome.isBlank() || outcome.strip().length() > 1000) {
                throw RuleViolation.of(FollowUpRecord.class, "outcome", "required", "Beschrijf de uitkomst van het contact (hoogstens 1000 tekens).");
            }
        });
        v.check(() -> {
            if (Boolean.TRUE.equals(reopenSupport) && !Boolean.TRUE.equals(signal)) {
                throw RuleViolation.of(FollowUpRecord.class, "reopenSupport", "signal", "Heropen de ondersteuning alleen na een signaal.");
            }
        });
        v.throwIfAny();
    }
}
