package nl.opstap.portfolio;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Consent for one named employer, given (true) or revoked (false). */
record EmployerConsentForm(@JsonProperty("werkgeverId") @NotNull(message = "{profiles.employer.required}") @Nullable UUID employerId,
                           @JsonProperty("toestemming") boolean given) {}
