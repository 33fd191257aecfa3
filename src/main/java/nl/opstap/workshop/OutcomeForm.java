package nl.opstap.workshop;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The outcome of a session: an overall note and a result per proposed candidate (candidates left out keep theirs). */
public record OutcomeForm(
        @JsonProperty("toelichting") @Size(max = 4000, message = "{session.outcome.note.size}") @Nullable String note,
        @JsonProperty("kandidaten") @Valid @Nullable List<CandidateOutcome> candidates) {

    /** One candidate's result. */
    public record CandidateOutcome(
            @JsonProperty("werkzoekendeId") @NotNull(message = "{session.candidate.client.required}") @Nullable UUID client,
            @JsonProperty("resultaat") @NotNull(message = "{session.outcome.result.required}") @Nullable AgencyOutcome outcome) {}

    List<CandidateOutcome> results() {
        return candidates == null ? List.of() : candidates.stream().filter(java.util.Objects::nonNull).toList();
    }
}
