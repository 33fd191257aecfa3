package nl.opstap.vacancy;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.opstap.client.EducationLevel;
import nl.opstap.client.LoadLevel;
import org.jspecify.annotations.Nullable;

/**
 * A vacancy as entered on the screen, in the API or by the demo data. requiredSkills null (omitted in the
 * API) means "propose": the occupation's essential ESCO skills are taken; an empty list means none.
 */
public record VacancyForm(
        @JsonProperty("werkgeverId") @NotNull(message = "{vacancy.employer.required}") @Nullable UUID employer,
        @JsonProperty("titel") @NotBlank(message = "{vacancy.title.required}") @Size(max = 200, message = "{vacancy.title.size}") @Nullable String title,
        @JsonProperty("beroep") @NotBlank(message = "{vacancy.occupation.required}") @Nullable String occupation,
        @JsonProperty("sector") @NotBlank(message = "{vacancy.sector.required}") @Nullable String sector,
        @JsonProperty("postcode") @NotBlank(message = "{vacancy.postcode.required}")
        @Pattern(regexp = "\\s*[1-9][0-9]{3}\\s?[a-zA-Z]{2}\\s*", message = "{vacancy.postcode.format}") @Nullable String postcode,
        @JsonProperty("urenMin") @NotNull(message = "{vacancy.hours.required}") @Min(value = 1, message = "{vacancy.hours.range}")
        @Max(value = 60, message = "{vacancy.hours.range}") @Nullable Integer hoursMin,
        @JsonProperty("urenMax") @NotNull(message = "{vacancy.hours.required}") @Min(value = 1, message = "{vacancy.hours.range}")
        @Max(value = 60, message = "{vacancy.hours.range}") @Nullable Integer hoursMax,
        @JsonProperty("startdatum") @Nullable LocalDate startDate,
        @JsonProperty("sluitingsdatum") @Nullable LocalDate closingDate,
        @JsonProperty("opleidingsniveau") @Nullable EducationLevel educationLevel,
        @JsonProperty("vereisteVaardigheden") @Nullable List<String> requiredSkills,
        @JsonProperty("gewensteVaardigheden") @Nullable List<String> desiredSkills,
        @JsonProperty("vereisteCompetenties") @Nullable List<UUID> requiredCompetences,
        @JsonProperty("gewensteCompetenties") @Nullable List<UUID> desiredCompetences,
        @JsonProperty("rijbewijs") @Nullable Boolean drivingLicence,
        @JsonProperty("fysiekeBelasting") @Nullable LoadLevel physicalDemands,
        @JsonProperty("afspraakbaan") @Nullable Boolean afspraakbaan,
        @JsonProperty("aantalPlaatsen") @NotNull(message = "{vacancy.positions.required}") @Min(value = 1, message = "{vacancy.positions.range}")
        @Max(value = 100, message = "{vacancy.positions.range}") @Nullable Integer positions) {

    static VacancyForm empty(@Nullable UUID employer) {
        return new VacancyForm(employer, "", "", "", "", null, null, null, null, null, List.of(), List.of(), List.of(), List.of(),
                false, null, false, 1);
    }

    static VacancyForm of(Vacancy v) {
        return new VacancyForm(v.employer().value(), v.title(), v.occupationUri(), v.sector(), v.postcode(), v.hoursMin(), v.hoursMax(),
                v.startDate(), v.closingDate(), v.educationLevel(), v.skills().requiredUris(), v.skills().desiredUris(),
                v.skills().requiredCompetences(), v.skills().desiredCompetences(), v.drivingLicence(), v.physicalDemands(),
                v.afspraakbaan(), v.positions());
    }

    /** The same form with these required skills (the proposal). */
    VacancyForm withRequiredSkills(List<String> uris) {
        return new VacancyForm(employer, title, occupation, sector, postcode, hoursMin, hoursMax, startDate, closingDate, educationLevel,
                uris, desiredSkills, requiredCompetences, desiredCompetences, drivingLicence, physicalDemands, afspraakbaan, positions);
    }

    VacancyForm withEmployer(java.util.UUID id) {
        return new VacancyForm(id, title, occupation, sector, postcode, hoursMin, hoursMax, startDate, closingDate, educationLevel,
                requiredSkills, desiredSkills, requiredCompetences, desiredCompetences, drivingLicence, physicalDemands, afspraakbaan, positions);
    }

    static String clean(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    static <T> List<T> list(@Nullable List<T> values) {
        return values == null ? List.of() : values.stream().filter(java.util.Objects::nonNull).distinct().toList();
    }
}
