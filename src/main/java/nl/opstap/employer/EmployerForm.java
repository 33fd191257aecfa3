package nl.opstap.employer;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An employer as entered on the screen, in the API or by the demo data. */
public record EmployerForm(
        @JsonProperty("kvkNummer") @NotBlank(message = "{employer.kvk.required}")
        @Pattern(regexp = "\\s*(?!00000000)[0-9]{8}\\s*", message = "{employer.kvk.format}") @Nullable String kvkNumber,
        @JsonProperty("naam") @NotBlank(message = "{employer.name.required}") @Size(max = 200, message = "{employer.name.size}") @Nullable String name,
        @JsonProperty("sbiSectie") @NotNull(message = "{employer.sbi.required}") @Nullable SbiSection sbi,
        @JsonProperty("straat") @NotBlank(message = "{employer.street.required}") @Size(max = 200, message = "{employer.street.size}") @Nullable String street,
        @JsonProperty("huisnummer") @NotBlank(message = "{employer.houseNumber.required}") @Size(max = 20, message = "{employer.houseNumber.size}")
        @Nullable String houseNumber,
        @JsonProperty("postcode") @NotBlank(message = "{employer.postcode.required}")
        @Pattern(regexp = "\\s*[1-9][0-9]{3}\\s?(?![sS][aAdDsS])[a-zA-Z]{2}\\s*", message = "{employer.postcode.format}") @Nullable String postcode,
        @JsonProperty("plaats") @NotBlank(message = "{employer.city.required}") @Size(max = 100, message = "{employer.city.size}") @Nullable String city,
        @JsonProperty("gemeente") @NotBlank(message = "{employer.municipality.required}") @Nullable String municipality,
        @JsonProperty("aantalWerknemers") @NotNull(message = "{employer.employees.required}") @Min(value = 0, message = "{employer.employees.range}")
        @Max(value = 1000000, message = "{employer.employees.range}") @Nullable Integer employees,
        @JsonProperty("interesseAfspraakbanen") @Nullable Boolean interestJobs,
        @JsonProperty("interesseJobcarving") @Nullable Boolean interestCarving,
        @JsonProperty("accountmanagerWi") @Nullable UUID managerWi,
        @JsonProperty("accountmanagerEz") @Nullable UUID managerEz) {

    static EmployerForm empty(String municipality) {
        return new EmployerForm("", "", null, "", "", "", "", municipality, null, false, false, null, null);
    }

    static EmployerForm of(Employer e) {
        return new EmployerForm(e.kvkNumber(), e.name(), e.sbi(), e.street(), e.houseNumber(), e.postcode(), e.city(),
                e.municipality().value(), e.employees(), e.interestJobs(), e.interestCarving(),
                e.managerWi() == null ? null : e.managerWi().value(), e.managerEz() == null ? null : e.managerEz().value());
    }

    String kvk() {
        return kvkNumber == null ? "" : kvkNumber.strip();
    }

    static String clean(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}
