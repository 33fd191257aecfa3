package nl.opstap.matching;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** The nine weights in the API, each a number from 0 to 10 with at most two decimals. */
record WeightsBody(
        @JsonProperty("beroep") @NotNull(message = "{weights.occupation.required}") @DecimalMin(value = "0", message = "{weights.occupation.range}")
        @DecimalMax(value = "10", message = "{weights.occupation.range}") @Digits(integer = 2, fraction = 2, message = "{weights.occupation.range}")
        @Nullable BigDecimal occupation,
        @JsonProperty("vereisteVaardigheden") @NotNull(message = "{weights.requiredSkills.required}")
        @DecimalMin(value = "0", message = "{weights.requiredSkills.range}") @DecimalMax(value = "10", message = "{weights.requiredSkills.range}")
        @Digits(integer = 2, fraction = 2, message = "{weights.requiredSkills.range}") @Nullable BigDecimal requiredSkills,
        @JsonProperty("gewensteVaardigheden") @NotNull(message = "{weights.desiredSkills.required}")
        @DecimalMin(value = "0", message = "{weights.desiredSkills.range}") @DecimalMax(value = "10", message = "{weights.desiredSkills.range}")
        @Digits(integer = 2, fraction = 2, message = "{weights.desiredSkills.range}") @Nullable BigDecimal desiredSkills,
        @JsonProperty("sector") @NotNull(message = "{weights.sector.required}") @DecimalMin(value = "0", message = "{weights.sector.range}")
        @DecimalMax(value = "10", message = "{weights.sector.range}") @Digits(integer = 2, fraction = 2, message = "{weights.sector.range}")
        @Nullable BigDecimal sector,
        @JsonProperty("opleidingsniveau") @NotNull(message = "{weights.education.required}")
        @DecimalMin(value = "0", message = "{weights.education.range}") @DecimalMax(value = "10", message = "{weights.education.range}")
        @Digits(integer = 2, fraction = 2, message = "{weights.education.range}") @Nullable BigDecimal education,
        @JsonProperty("werkervaring") @NotNull(message = "{weights.experience.required}")
        @DecimalMin(value = "0", message = "{weights.experience.range}") @DecimalMax(value = "10", message = "{weights.experience.range}")
        @Digits(integer = 2, fraction = 2, message = "{weights.experience.range}") @Nullable BigDecimal experience,
        @JsonProperty("testuitslag") @NotNull(message = "{weights.testResult.required}")
        @DecimalMin(value = "0", message = "{weights.testResult.range}") @DecimalMax(value = "10", message = "{weights.testResult.range}")
        @Digits(integer = 2, fraction = 2, message = "{weights.testResult.range}") @Nullable BigDecimal testResult,
        @JsonProperty("trede") @NotNull(message = "{weights.ladderStep.required}")
        @DecimalMin(value = "0", message = "{weights.ladderStep.range}") @DecimalMax(value = "10", message = "{weights.ladderStep.range}")
        @Digits(integer = 2, fraction = 2, message = "{weights.ladderStep.range}") @Nullable BigDecimal ladderStep,
        @JsonProperty("afstand") @NotNull(message = "{weights.distance.required}") @DecimalMin(value = "0", message = "{weights.distance.range}")
        @DecimalMax(value = "10", message = "{weights.distance.range}") @Digits(integer = 2, fraction = 2, message = "{weights.distance.range}")
        @Nullable BigDecimal distance) {

    static WeightsBody of(Weights w) {
        return new WeightsBody(d(w.occupation()), d(w.requiredSkills()), d(w.desiredSkills()), d(w.sector()), d(w.education()),
                d(w.experience()), d(w.testResult()), d(w.ladderStep()), d(w.distance()));
    }

    /** The weights; only for a body that passed validation. */
    Weights weights() {
        return new Weights(v(occupation), v(requiredSkills), v(desiredSkills), v(sector), v(education), v(experience), v(testResult),
                v(ladderStep), v(distance));
    }

    private static BigDecimal d(double value) {
        return BigDecimal.valueOf(value);
    }

    private static double v(@Nullable BigDecimal value) {
        return java.util.Objects.requireNonNull(value).doubleValue();
    }
}
