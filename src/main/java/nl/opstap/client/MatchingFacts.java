package nl.opstap.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The practical facts matching filters on (domain.md §2). */
public record MatchingFacts(
        @JsonProperty("urenPerWeek") @Min(value = 0, message = "{client.hours.range}")
        @Max(value = 60, message = "{client.hours.range}") @Nullable Integer hoursPerWeek,
        @JsonProperty("beschikbaarVanaf") @Nullable LocalDate availableFrom,
        @JsonProperty("rijbewijs") @Nullable Boolean drivingLicence,
        @JsonProperty("eigenVervoer") @Nullable Boolean ownTransport,
        @JsonProperty("maxReisafstandKm") @Min(value = 0, message = "{client.travel.range}")
        @Max(value = 250, message = "{client.travel.range}") @Nullable Integer maxTravelKm,
        @JsonProperty("fysiekeBelastbaarheid") @Nullable LoadLevel physicalLoad,
        @JsonProperty("mentaleBelastbaarheid") @Nullable LoadLevel mentalLoad,
        @JsonProperty("interesses") @Size(max = 1000, message = "{client.interests.size}") @Nullable String interests) {

    public MatchingFacts {
        drivingLicence = Boolean.TRUE.equals(drivingLicence);
        ownTransport = Boolean.TRUE.equals(ownTransport);
        interests = Text.clean(interests);
    }

    public static MatchingFacts none() {
        return new MatchingFacts(null, null, false, false, null, null, null, null);
    }
}
