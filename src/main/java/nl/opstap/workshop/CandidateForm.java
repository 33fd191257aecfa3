package nl.opstap.workshop;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A client proposed as candidate of a workshop. Without a category the client's latest workshop category from the
 * diagnosis (practical assessment) is taken; without a date, today.
 */
public record CandidateForm(
        @JsonProperty("werkzoekendeId") @NotNull(message = "{workshop.candidate.client.required}") @Nullable UUID client,
        @JsonProperty("categorie") @Min(value = 1, message = "{workshop.candidate.category.range}")
        @Max(value = 3, message = "{workshop.candidate.category.range}") @Nullable Integer category,
        @JsonProperty("datum") @Nullable LocalDate added) {

    static CandidateForm empty(LocalDate today) {
        return new CandidateForm(null, null, today);
    }
}
