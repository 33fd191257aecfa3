package nl.opstap.retention;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A request to anonymise a file (AVG art. 17): the ground, the case number of the request in the municipality's own
 * system (no free text: it would invite the person's name), and on screen the confirmation that it cannot be undone.
 */
record ErasureForm(
        @JsonProperty("grond") @NotNull(message = "{retention.ground.required}") @Nullable ErasureGround ground,
        @JsonProperty("kenmerk") @NotNull(message = "{retention.reference.required}")
        @Size(min = 1, max = 50, message = "{retention.reference.size}")
        @Pattern(regexp = "[A-Za-z0-9./_-]*", message = "{retention.reference.pattern}") @Nullable String reference,
        @JsonProperty("bevestigd") @NotNull(message = "{retention.confirm.required}") @AssertTrue(message = "{retention.confirm.required}")
        @Nullable Boolean confirmed) {

    static ErasureForm empty() {
        return new ErasureForm(null, null, false);
    }
}
