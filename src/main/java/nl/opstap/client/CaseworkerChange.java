package nl.opstap.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** Assigns a caseworker (from today). */
public record CaseworkerChange(@JsonProperty("klantmanagerId") @NotNull(message = "{caseworker.required}") UUID caseworkerId) {}
