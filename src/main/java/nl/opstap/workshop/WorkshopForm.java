package nl.opstap.workshop;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A commercial workshop as entered on the screen, in the API or by the demo data. The partner is an employer of the same municipality. */
public record WorkshopForm(
        @JsonProperty("gemeente") @NotBlank(message = "{workshop.municipality.required}") @Nullable String municipality,
        @JsonProperty("naam") @NotBlank(message = "{workshop.name.required}") @Size(max = 200, message = "{workshop.name.size}") @Nullable String name,
        @JsonProperty("sector") @NotBlank(message = "{workshop.sector.required}") @Nullable String sector,
        @JsonProperty("partnerId") @NotNull(message = "{workshop.partner.required}") @Nullable UUID partner,
        @JsonProperty("aantalPlaatsen") @NotNull(message = "{workshop.seats.required}") @Min(value = 1, message = "{workshop.seats.range}")
        @Max(value = WorkshopRules.MAX_SEATS, message = "{workshop.seats.range}") @Nullable Integer seats,
        @JsonProperty("begindatum") @NotNull(message = "{workshop.start.required}") @Nullable LocalDate start,
        @JsonProperty("einddatum") @Nullable LocalDate end) {

    static WorkshopForm empty(String municipality, LocalDate today) {
        return new WorkshopForm(municipality, "", "", null, null, today, null);
    }

    static WorkshopForm of(Workshop w) {
        return new WorkshopForm(w.municipality().value(), w.name(), w.sector(), w.partner().value(), w.seats(), w.start(), w.end());
    }

    static String clean(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}
