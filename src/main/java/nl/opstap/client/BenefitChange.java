package nl.opstap.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import nl.opstap.shared.domain.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * A change of benefit status from a date. Without a status it ends the current benefit on that date.
 */
public record BenefitChange(
        @JsonProperty("status") @Nullable BenefitStatus status,
        @JsonProperty("ingangsdatum") @NotNull(message = "{benefit.from.required}") LocalDate from) {

    /** Rule: a change lies at most a year ahead and not before the client's birth. */
    void check(LocalDate today, LocalDate dateOfBirth) {
        if (from.isAfter(today.plusYears(1))) {
            throw RuleViolation.of(BenefitChange.class, "from", "tooFarAhead",
                    "Een wijziging van de uitkering ligt hooguit een jaar in de toekomst.");
        }
        if (from.isBefore(dateOfBirth)) {
            throw RuleViolation.of(BenefitChange.class, "from", "beforeBirth", "De ingangsdatum ligt vóór de geboortedatum.");
        }
    }
}
