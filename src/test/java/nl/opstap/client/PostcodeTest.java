package nl.opstap.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PostcodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"8331AB", "8331 ab", " 9501 zz "})
    void acceptsFourDigitsAndTwoLetters(String input) {
        assertThat(Postcode.isValid(input)).isTrue();
        assertThat(Postcode.normalise(input)).matches("[1-9][0-9]{3}[A-Z]{2}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0331AB", "833AB", "8331A", "8331SA", "8331SD", "8331SS", "ABCD12", ""})
    void refusesWhatIsNoDutchPostcode(String input) {
        assertThat(Postcode.isValid(input)).isFalse();
    }
}
