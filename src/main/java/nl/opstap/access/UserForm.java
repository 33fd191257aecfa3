package nl.opstap.access;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An administrator's form for a user. {@code grants} holds checked cells of the role grid as
 * "ROLE@GM0000"; {@code temporaryPassword} is only used when creating a user.
 */
record UserForm(
        @NotBlank(message = "{user.username.required}")
        @Pattern(regexp = "[a-zA-Z0-9._-]{3,100}", message = "{user.username.format}") String username,
        @NotBlank(message = "{user.displayName.required}") @Size(max = 200, message = "{user.displayName.size}")
        String displayName,
        @Email(message = "{user.email.format}") @Size(max = 254, message = "{user.email.format}") String email,
        Boolean economicAffairs,
        List<String> grants,
        String temporaryPassword,
        Integer version,
        java.util.UUID employerId) {

    UserForm {
        grants = grants == null ? List.of() : List.copyOf(grants);
        economicAffairs = Boolean.TRUE.equals(economicAffairs);
    }

    static UserForm empty() {
        return new UserForm("", "", "", false, List.of(), "", null, null);
    }
}
