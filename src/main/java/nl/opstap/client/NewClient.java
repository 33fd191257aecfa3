package nl.opstap.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Registering a client: their details, optionally the benefit status they start with and their
 * caseworker. The screen's form and the API's POST body.
 */
public record NewClient(
        @JsonUnwrapped @Valid ClientDetails details,
        @JsonProperty("uitkeringsstatus") @Nullable InitialBenefit benefit,
        @JsonProperty("klantmanagerId") @Nullable UUID caseworkerId) {

    public NewClient {
        benefit = benefit == null ? new InitialBenefit(null, null) : benefit;
    }

    /** The benefit status a client starts with; both parts or neither. */
    public record InitialBenefit(@JsonProperty("status") @Nullable BenefitStatus status,
                          @JsonProperty("ingangsdatum") @Nullable LocalDate from) {}
}
