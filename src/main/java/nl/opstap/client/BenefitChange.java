package nl.opstap.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A change of benefit status from a date. Without a status it ends the current benefit on that date.
 */
public record BenefitChange(
        @JsonProperty("status") @Nullable BenefitStatus status,
        @JsonProperty("ingangsdatum") @NotNull(message = "{benefit.from.required}") LocalDate from) {}
