package nl.opstap.activity;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Enrolling a client in an activity (screen form and API body). */
record Enrolment(
        @JsonProperty("activiteitId") @NotNull(message = "{participation.activity.required}") UUID activityId,
        @JsonProperty("startdatum") @NotNull(message = "{participation.start.required}") LocalDate startDate,
        @JsonProperty("geplandeEinddatum") @Nullable LocalDate plannedEnd,
        @JsonProperty("toelichting") @Size(max = 2000, message = "{participation.notes.size}") @Nullable String notes) {

    static Enrolment empty(LocalDate today) {
        return new Enrolment(null, today, null, null);
    }
}
