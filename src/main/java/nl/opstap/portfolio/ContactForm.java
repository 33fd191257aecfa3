package nl.opstap.portfolio;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An employer's contact request: an optional message and, optionally, which of their vacancies it is about. */
@Schema(name = "PortfolioContactForm")
record ContactForm(@JsonProperty("bericht") @Size(max = ContactRequest.MESSAGE_MAX, message = "{profiles.message.size}") @Nullable String message,
                   @JsonProperty("vacatureId") @Nullable UUID vacancy) {}
