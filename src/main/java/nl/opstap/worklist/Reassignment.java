package nl.opstap.worklist;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** Reassigns clients to another caseworker from today (a bulk action of the worklists). */
record Reassignment(
        @JsonProperty("werkzoekenden") @NotEmpty(message = "{worklist.reassign.none}")
        @Size(max = 500, message = "{worklist.reassign.tooMany}") List<UUID> clientIds,
        @JsonProperty("klantmanagerId") @NotNull(message = "{worklist.reassign.caseworker}") UUID caseworkerId) {}
