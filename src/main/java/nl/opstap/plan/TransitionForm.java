package nl.opstap.plan;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Fixing or closing a plan: on which date, and (for closing) why. The API uses the same record. */
record TransitionForm(@JsonProperty("datum") @Nullable LocalDate on,
                      @JsonProperty("reden") @Size(max = Plan.MAX_REASON, message = "{plan.reason.size}") @Nullable String reason) {}
