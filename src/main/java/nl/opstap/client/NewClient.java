package nl.opstap.client;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Registering a client: their details, optionally the benefit status they start with and their
 * caseworker. The screen's form; the API registers the details and sets the rest through the
 * client's sub-resources.
 */
public record NewClient(@Valid ClientDetails details, @Nullable InitialBenefit benefit, @Nullable UUID caseworkerId) {

    public NewClient {
        benefit = benefit == null ? new InitialBenefit(null, null) : benefit;
    }

    /** The benefit status a client starts with; both parts or neither. */
    public record InitialBenefit(@Nullable BenefitStatus status, @Nullable LocalDate from) {}
}
