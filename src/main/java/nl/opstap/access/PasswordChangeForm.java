package nl.opstap.access;

import jakarta.validation.constraints.NotBlank;

/** The form to replace one's own password. */
record PasswordChangeForm(
        @NotBlank(message = "{password.current.required}") String currentPassword,
        @NotBlank(message = "{password.new.required}") String newPassword,
        @NotBlank(message = "{password.repeat.required}") String repeatPassword) {

    static PasswordChangeForm empty() {
        return new PasswordChangeForm("", "", "");
    }
}
