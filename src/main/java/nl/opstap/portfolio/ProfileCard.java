package nl.opstap.portfolio;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An anonymous profile as an employer sees it (like UWV's Kandidatenverkenner): what someone can do and wants, never
 * who they are. No name, BSN, address, postcode, birth date, age or gender; the number is random, never the client id.
 */
public record ProfileCard(@JsonProperty("profielnummer") String number, @JsonProperty("gemeente") String municipality,
                          @JsonProperty("opleidingsniveau") @Nullable String educationLevel,
                          @JsonProperty("startkwalificatie") boolean startQualification,
                          @JsonProperty("vaardigheden") List<String> skills, @JsonProperty("sectoren") List<String> sectors,
                          @JsonProperty("beroepservaring") List<String> occupations,
                          @JsonProperty("jarenWerkervaring") int experienceYears,
                          @JsonProperty("urenPerWeek") @Nullable Integer hoursPerWeek,
                          @JsonProperty("maxReisafstandKm") @Nullable Integer maxTravelKm,
                          @JsonProperty("beschikbaarVanaf") @Nullable LocalDate availableFrom,
                          @JsonProperty("rijbewijs") boolean drivingLicence,
                          @JsonProperty("overMij") @Nullable String pitch) {

    public ProfileCard {
        skills = List.copyOf(skills);
        sectors = List.copyOf(sectors);
        occupations = List.copyOf(occupations);
    }
}
