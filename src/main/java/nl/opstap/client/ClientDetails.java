package nl.opstap.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A client's own details as a caseworker enters them: the edit form and the API's request body.
 * History-bearing facts (benefit status, caseworker, partner) change through their own commands.
 */
public record ClientDetails(
        @JsonProperty("gemeenteCode") @NotBlank(message = "{client.municipality.required}")
        @Pattern(regexp = "GM\\d{4}", message = "{client.municipality.format}") String municipality,
        @JsonProperty(value = "bsn", access = JsonProperty.Access.WRITE_ONLY) @ValidBsn String bsn,
        @JsonProperty("voornamen") @NotBlank(message = "{client.firstNames.required}")
        @Size(max = 200, message = "{client.name.size}") @Pattern(regexp = NAME, message = "{client.name.chars}")
        String firstNames,
        @JsonProperty("tussenvoegsel") @Size(max = 30, message = "{client.infix.size}")
        @Pattern(regexp = NAME, message = "{client.name.chars}") @Nullable String infix,
        @JsonProperty("achternaam") @NotBlank(message = "{client.lastName.required}")
        @Size(max = 200, message = "{client.name.size}") @Pattern(regexp = NAME, message = "{client.name.chars}")
        String lastName,
        @JsonProperty("geboortedatum") @NotNull(message = "{client.dateOfBirth.required}")
        @Past(message = "{client.dateOfBirth.past}") LocalDate dateOfBirth,
        @JsonProperty("geslacht") @Nullable Gender gender,
        @JsonProperty("straat") @Size(max = 200, message = "{client.street.size}") @Nullable String street,
        @JsonProperty("huisnummer") @Min(value = 1, message = "{client.houseNumber.range}")
        @Max(value = 99999, message = "{client.houseNumber.range}") @Nullable Integer houseNumber,
        @JsonProperty("huisnummertoevoeging") @Size(max = 10, message = "{client.houseNumberSuffix.format}")
        @Pattern(regexp = "[\\p{L}\\p{N} -]*", message = "{client.houseNumberSuffix.format}") @Nullable String houseNumberSuffix,
        @JsonProperty("postcode") @NotBlank(message = "{client.postcode.required}") @ValidPostcode String postcode,
        @JsonProperty("woonplaats") @Size(max = 100, message = "{client.city.size}") @Nullable String city,
        @JsonProperty("telefoonnummer") @Pattern(regexp = "\\+?[0-9 ()-]{10,20}", message = "{client.phone.format}")
        @Nullable String phone,
        @JsonProperty("emailadres") @Email(message = "{client.email.format}") @Size(max = 254, message = "{client.email.format}")
        @Nullable String email,
        @JsonProperty("opleidingsniveau") @Nullable EducationLevel educationLevel,
        @JsonProperty("doelgroepkenmerken") @Valid @Nullable TargetGroupMarkers markers,
        @JsonProperty("matchingkenmerken") @Valid @Nullable MatchingFacts matchingFacts) {

    /** Letters (any script), spaces, dots, apostrophes and hyphens: what Dutch names are made of. */
    static final String NAME = "[\\p{L}\\p{M} .'’-]*";

    /** "Anna van Dijk": first names, infix and last name, as the screens show a person. */
    public static String fullName(String firstNames, @Nullable String infix, String lastName) {
        return firstNames + " " + (infix == null ? "" : infix + " ") + lastName;
    }

    public String fullName() {
        return fullName(firstNames, infix, lastName);
    }

    public ClientDetails {
        municipality = municipality == null ? "" : municipality.strip().toUpperCase(java.util.Locale.ROOT);
        bsn = bsn == null ? "" : bsn.strip();
        firstNames = firstNames == null ? "" : firstNames.strip();
        infix = Text.clean(infix);
        lastName = lastName == null ? "" : lastName.strip();
        gender = gender == null ? Gender.UNKNOWN : gender;
        street = Text.clean(street);
        houseNumberSuffix = Text.clean(houseNumberSuffix);
        postcode = postcode == null ? "" : Postcode.normalise(postcode);
        city = Text.clean(city);
        phone = Text.clean(phone);
        email = Text.clean(email);
        markers = markers == null ? TargetGroupMarkers.none() : markers;
        matchingFacts = matchingFacts == null ? MatchingFacts.none() : matchingFacts;
    }
}
