package nl.opstap.access;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The form to create a personal access token. */
record NewTokenForm(
        @NotBlank(message = "{token.name.required}") @Size(max = 100, message = "{token.name.size}") String name,
        @NotNull(message = "{token.validity.required}") @Min(value = 1, message = "{token.validity.range}")
        @Max(value = 365, message = "{token.validity.range}") Integer validityDays) {

    static NewTokenForm empty() {
        return new NewTokenForm("", 90);
    }
}
