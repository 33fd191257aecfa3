package nl.opstap.vacancy;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import nl.opstap.client.EducationLevel;
import nl.opstap.client.LoadLevel;
import nl.opstap.employer.EmployerId;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.shared.domain.RuleViolation;
import org.jspecify.annotations.Nullable;

/** A stored vacancy. Its status changes only through {@link #statusAfter}; a closed vacancy can no longer change. */
public record Vacancy(VacancyId id, EmployerId employer, MunicipalityCode municipality, String title, String occupationUri, String sector,
                      String postcode, int hoursMin, int hoursMax, @Nullable LocalDate startDate, LocalDate publicationDate,
                      @Nullable LocalDate closingDate, @Nullable EducationLevel educationLevel, boolean drivingLicence,
                      @Nullable LoadLevel physicalDemands, boolean afspraakbaan, int positions, VacancyStatus status,
                      VacancySkills skills, int version) {

    /** The status after a requested change, or a rule violation naming the allowed changes. */
    VacancyStatus statusAfter(VacancyStatus next) {
        if (!status.canBecome(next)) {
            throw RuleViolation.of(StatusChange.class, "status", "transition",
                    "Een vacature met status " + status.code() + " kan niet de status " + next.code() + " krijgen.");
        }
        return next;
    }

    /** Rule: a closed vacancy is archived; its details can no longer be changed. */
    void checkEditable() {
        if (status == VacancyStatus.CLOSED) {
            throw RuleViolation.of(null, "", "closed", "Een gesloten vacature kan niet meer worden gewijzigd.");
        }
    }

    /** Whether the hours range overlaps [min, max] (either bound may be open). */
    public boolean hoursOverlap(@Nullable Integer min, @Nullable Integer max) {
        return (min == null || hoursMax >= min) && (max == null || hoursMin <= max);
    }

    /** "8331 AB" as people write it. */
    public String postcodeShown() {
        return postcode.length() == 6 ? postcode.substring(0, 4) + " " + postcode.substring(4) : postcode;
    }

    /** A status change as asked in the API or on the screen. */
    @Schema(name = "VacancyStatusChange")
    public record StatusChange(@com.fasterxml.jackson.annotation.JsonProperty("status")
                               @jakarta.validation.constraints.NotNull(message = "{vacancy.status.required}") @Nullable VacancyStatus status) {}
}
