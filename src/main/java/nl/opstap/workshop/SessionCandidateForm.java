package nl.opstap.workshop;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A client proposed to the agency of a session. */
public record SessionCandidateForm(
        @JsonProperty("werkzoekendeId") @NotNull(message = "{session.candidate.client.required}") @Nullable UUID client) {}
