package nl.opstap.matching;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One result as shown and given in the API: the client or vacancy, the score and each criterion's explanation in
 * Dutch, the vacancy's required skills the client has and misses, the distance, and the pair if one exists.
 */
record MatchResult(@JsonProperty("id") UUID id, @JsonProperty("naam") String title, @JsonProperty("omschrijving") String subtitle,
                   @JsonProperty("score") double score, @JsonProperty("criteria") List<Line> lines,
                   @JsonProperty("aanwezigeVaardigheden") List<String> matchedSkills,
                   @JsonProperty("ontbrekendeVaardigheden") List<String> missingSkills,
                   @JsonProperty("afstandKm") double distanceKm,
                   @JsonProperty("koppelingStatus") @Nullable String pairStatus,
                   @JsonProperty("koppelingId") @Nullable UUID pairId) {

    /** One criterion: its name, what it means here, the points it adds and the most it could add (its weight). */
    @Schema(name = "MatchScoreLine")
    record Line(@JsonProperty("criterium") String code, @JsonProperty("naam") String label,
                @JsonProperty("uitleg") String explanation, @JsonProperty("punten") double points,
                @JsonProperty("maximum") double maxPoints) {}

    public String scoreShown() {
        return ExplanationText.number(score);
    }

    public String distanceShown() {
        return ExplanationText.number(distanceKm);
    }
}
