package nl.opstap.access;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a job seeker types to activate their portal account: the code from their caseworker, a username and a password
 * (twice). With an account already linked to the file, the username is left as it is and only the password is set.
 */
record ActivationForm(@NotBlank(message = "{activation.code.required}") @Size(max = 40, message = "{activation.code.invalid}") String code,
                      @Size(max = 60, message = "{activation.username.size}")
                      @Pattern(regexp = "^$|^[a-zA-Z0-9._-]{4,60}$", message = "{activation.username.pattern}") String username,
                      @NotBlank(message = "{activation.password.required}") String password,
                      @NotBlank(message = "{activation.repeat.required}") String repeatPassword) {

    static ActivationForm empty() {
        return new ActivationForm("", "", "", "");
    }

    @Override
    public String toString() {
        return "ActivationForm[username=" + username + "]";
    }
}
