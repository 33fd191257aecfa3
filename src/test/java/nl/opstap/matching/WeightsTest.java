package nl.opstap.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WeightsTest {

    @Test
    void zeroToTenIsAccepted() {
        assertThat(new Weights(0, 10, 0, 0, 0, 0, 0, 0, 0).requiredSkills()).isEqualTo(10);
    }

    @Test
    void outOfRangeIsRefusedInDutchNamingTheCriterion() {
        assertThatThrownBy(() -> new Weights(3, 4, 1, 1, 1, 2, 1, 1, 10.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Het gewicht voor afstand moet tussen 0 en 10 liggen (was 10.5).");
        assertThatThrownBy(() -> new Weights(-1, 4, 1, 1, 1, 2, 1, 1, 1)).hasMessageContaining("beroep");
        assertThatThrownBy(() -> new Weights(1, Double.NaN, 1, 1, 1, 2, 1, 1, 1)).hasMessageContaining("vereiste vaardigheden");
    }

    @Test
    void unknownCriterionHasNoWeight() {
        assertThatThrownBy(() -> Weights.defaults().of("shoeSize")).isInstanceOf(IllegalArgumentException.class);
    }
}
