package nl.opstap.matching;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The weights as typed on the screen: each 0 to 10 with at most two decimals, written with a comma or a dot. Read as
 * text, so that anything unreadable gets a Dutch message next to its field.
 */
record WeightsForm(
        @NotBlank(message = "{weights.occupation.required}") @Pattern(regexp = VALUE, message = "{weights.occupation.range}") @Nullable String occupation,
        @NotBlank(message = "{weights.requiredSkills.required}") @Pattern(regexp = VALUE, message = "{weights.requiredSkills.range}")
        @Nullable String requiredSkills,
        @NotBlank(message = "{weights.desiredSkills.required}") @Pattern(regexp = VALUE, message = "{weights.desiredSkills.range}")
        @Nullable String desiredSkills,
        @NotBlank(message = "{weights.sector.required}") @Pattern(regexp = VALUE, message = "{weights.sector.range}") @Nullable String sector,
        @NotBlank(message = "{weights.education.required}") @Pattern(regexp = VALUE, message = "{weights.education.range}") @Nullable String education,
        @NotBlank(message = "{weights.experience.required}") @Pattern(regexp = VALUE, message = "{weights.experience.range}") @Nullable String experience,
        @NotBlank(message = "{weights.testResult.required}") @Pattern(regexp = VALUE, message = "{weights.testResult.range}") @Nullable String testResult,
        @NotBlank(message = "{weights.ladderStep.required}") @Pattern(regexp = VALUE, message = "{weights.ladderStep.range}") @Nullable String ladderStep,
        @NotBlank(message = "{weights.distance.required}") @Pattern(regexp = VALUE, message = "{weights.distance.range}") @Nullable String distance) {

    /** 0 to 10 with at most two decimals (comma or dot), or empty (reported as required instead). */
    static final String VALUE = "\\s*|\\s*(10([.,]0{1,2})?|\\d([.,]\\d{1,2})?)\\s*";

    /** The criteria in the order of the screen and the API; each is a component of this form and of {@link Weights}. */
    static final List<String> CRITERIA = List.of("occupation", "requiredSkills", "desiredSkills", "sector", "education", "experience",
            "testResult", "ladderStep", "distance");

    static WeightsForm of(Weights w) {
        return new WeightsForm(shown(w.occupation()), shown(w.requiredSkills()), shown(w.desiredSkills()), shown(w.sector()),
                shown(w.education()), shown(w.experience()), shown(w.testResult()), shown(w.ladderStep()), shown(w.distance()));
    }

    /** The weights; only for a form that passed validation. */
    Weights weights() {
        return new Weights(value(occupation), value(requiredSkills), value(desiredSkills), value(sector), value(education),
                value(experience), value(testResult), value(ladderStep), value(distance));
    }

    /** A weight in Dutch notation: 2,5 and 3 (not 3,0). */
    static String shown(double weight) {
        java.math.BigDecimal d = java.math.BigDecimal.valueOf(weight).stripTrailingZeros();
        return (d.scale() < 0 ? d.setScale(0) : d).toPlainString().replace('.', ',');
    }

    private static double value(@Nullable String text) {
        return Double.parseDouble(String.valueOf(text).strip().replace(',', '.'));
    }
}
