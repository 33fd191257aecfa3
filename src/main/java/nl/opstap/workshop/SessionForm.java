package nl.opstap.workshop;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A temp-agency session: on a date, in a municipality, with an agency from the employer CRM of that municipality. */
public record SessionForm(
        @JsonProperty("gemeente") @NotBlank(message = "{session.municipality.required}") @Nullable String municipality,
        @JsonProperty("datum") @NotNull(message = "{session.date.required}") @Nullable LocalDate date,
        @JsonProperty("uitzendbureauId") @NotNull(message = "{session.agency.required}") @Nullable UUID agency,
        @JsonProperty("omschrijving") @Size(max = 500, message = "{session.description.size}") @Nullable String description) {

    static SessionForm empty(String municipality, LocalDate today) {
        return new SessionForm(municipality, today, null, "");
    }

    static SessionForm of(Session s) {
        return new SessionForm(s.municipality().value(), s.date(), s.agency().value(), s.description());
    }
}
