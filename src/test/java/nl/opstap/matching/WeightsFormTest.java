package nl.opstap.matching;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WeightsFormTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    private static WeightsForm form(String occupation) {
        return new WeightsForm(occupation, "4", "1,5", "1", "1", "2", "1", "1", "2");
    }

    private Set<String> invalid(WeightsForm form) {
        return validator.validate(form).stream().map(ConstraintViolation::getMessageTemplate).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void decimalsWithACommaOrADotFromZeroToTen() {
        for (String ok : new String[] {"0", "10", "10,0", "10.00", "2,5", " 7.25 ", "0,05"}) {
            assertThat(invalid(form(ok))).as(ok).isEmpty();
        }
        assertThat(form("2,5").weights().occupation()).isEqualTo(2.5);
        assertThat(form(" 7.25 ").weights().occupation()).isEqualTo(7.25);
        assertThat(form("0").weights().desiredSkills()).isEqualTo(1.5);
    }

    @Test
    void outOfRangeOrUnreadableGetsTheMessageNamingTheCriterion() {
        for (String bad : new String[] {"10,5", "11", "-1", "2,555", "twee", "2,", "1.000"}) {
            assertThat(invalid(form(bad))).as(bad).containsExactly("{weights.occupation.range}");
        }
        assertThat(invalid(form(" "))).containsExactly("{weights.occupation.required}");
    }

    @Test
    void weightsAreShownInDutchNotation() {
        assertThat(WeightsForm.of(Weights.defaults())).isEqualTo(new WeightsForm("3", "4", "1,5", "1", "1", "2", "1", "1", "2"));
        assertThat(WeightsForm.shown(10)).isEqualTo("10");
        assertThat(WeightsForm.shown(0.25)).isEqualTo("0,25");
    }

    @Test
    void theFormLabelsAreTheCriterionNamesOfTheExplanation() throws Exception {
        Properties messages = new Properties();
        try (var in = getClass().getResourceAsStream("/i18n/fairness.properties")) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (String criterion : WeightsForm.CRITERIA) {
            assertThat(messages.getProperty("weights.criterion." + criterion)).isEqualTo(ExplanationText.label(criterion));
            assertThat(messages.getProperty("weights.explain." + criterion)).isNotBlank();
            assertThat(Weights.defaults().of(criterion)).isNotNegative();
        }
    }
}
