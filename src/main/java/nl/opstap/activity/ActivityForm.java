package nl.opstap.activity;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** An activity of the catalogue as entered on the screen or in the API (and by the demo data). */
public record ActivityForm(
        @JsonProperty("naam") @NotBlank(message = "{activity.name.required}") @Size(max = 200, message = "{activity.name.size}") String name,
        @JsonProperty("soort") @NotNull(message = "{activity.kind.required}") ActivityKind kind,
        @JsonProperty("aanbieder") @Size(max = 200, message = "{activity.provider.size}") @Nullable String provider,
        @JsonProperty("capaciteit") @Min(value = 1, message = "{activity.capacity.range}") @Max(value = 10000, message = "{activity.capacity.range}")
        @Nullable Integer capacity,
        @JsonProperty("duurInWeken") @Min(value = 1, message = "{activity.duration.range}") @Max(value = 520, message = "{activity.duration.range}")
        @Nullable Integer durationWeeks,
        @JsonProperty("omschrijving") @Size(max = 2000, message = "{activity.description.size}") @Nullable String description,
        @JsonProperty("actief") @Nullable Boolean active) {

    static ActivityForm empty() {
        return new ActivityForm("", ActivityKind.TRAINING, null, null, null, null, true);
    }

    static ActivityForm of(Activity a) {
        return new ActivityForm(a.name(), a.kind(), a.provider(), a.capacity(), a.durationWeeks(), a.description(), a.active());
    }

    boolean isActive() {
        return active == null || active;
    }

    String trimmedName() {
        return name.strip();
    }
}
