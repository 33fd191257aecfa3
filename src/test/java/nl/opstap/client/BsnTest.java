package nl.opstap.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BsnTest {

    @ParameterizedTest
    @ValueSource(strings = {"111222333", "123456782", "999999990", " 123 456 782 ", "123.456.782"})
    void acceptsNumbersThatPassTheElevenTest(String input) {
        assertThat(Bsn.problemWith(input)).isEmpty();
    }

    @Test
    void leftPadsEightDigits() {
        // 012345672: 9*0+8*1+7*2+6*3+5*4+4*5+3*6+2*7-2 = 110 = 10*11
        assertThat(Bsn.parse("12345672").digits()).isEqualTo("012345672");
    }

    @Test
    void refusesANumberFailingTheElevenTestWithADutchReason() {
        assertThat(Bsn.problemWith("123456789")).hasValueSatisfying(reason -> assertThat(reason).contains("elfproef"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "1234567890", "12345678a", "abcdefghi"})
    void refusesWrongLengthOrCharacters(String input) {
        assertThat(Bsn.problemWith(input)).contains("Een BSN bestaat uit 9 cijfers.");
    }

    @Test
    void refusesZerosAndEmptyInput() {
        assertThat(Bsn.problemWith("000000000")).isPresent();
        assertThat(Bsn.problemWith("")).contains("Vul het BSN in.");
        assertThat(Bsn.problemWith(null)).contains("Vul het BSN in.");
    }

    @Test
    void neverRepeatsTheNumberInMessagesOrToString() {
        assertThat(Bsn.problemWith("123456789").orElseThrow()).doesNotContain("123456789");
        Bsn bsn = Bsn.parse("123456782");
        assertThat(bsn.toString()).doesNotContain("123456782").contains("6782");
        assertThat(bsn.masked()).isEqualTo("•••••6782");
    }

    @Test
    void cannotBeConstructedInvalid() {
        assertThatThrownBy(() -> new Bsn("123456789")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("123456789");
    }
}
