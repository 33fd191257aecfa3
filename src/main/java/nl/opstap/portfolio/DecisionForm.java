package nl.opstap.portfolio;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** An account manager's step on a contact request: the new status (its code), a note and the version seen. */
record DecisionForm(@JsonProperty("status") @NotBlank(message = "{profiles.decision.required}") @Nullable String status,
                    @JsonProperty("notitie") @Size(max = ContactRequest.MESSAGE_MAX, message = "{profiles.message.size}") @Nullable String note,
                    @JsonProperty("versie") int version) {}
