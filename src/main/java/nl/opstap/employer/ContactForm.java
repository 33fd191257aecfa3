package nl.opstap.employer;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A contact person at an employer. */
public record ContactForm(
        @JsonProperty("naam") @NotBlank(message = "{employer.contact.name.required}") @Size(max = 200, message = "{employer.contact.name.size}")
        @Nullable String name,
        @JsonProperty("functie") @Size(max = 100, message = "{employer.contact.role.size}") @Nullable String role,
        @JsonProperty("telefoonnummer") @Pattern(regexp = "(\\+?[0-9 ()-]{10,20})?", message = "{employer.contact.phone.format}") @Nullable String phone,
        @JsonProperty("emailadres") @Email(message = "{employer.contact.email.format}") @Size(max = 200, message = "{employer.contact.email.format}")
        @Nullable String email) {

    static ContactForm empty() {
        return new ContactForm("", "", "", "");
    }
}
