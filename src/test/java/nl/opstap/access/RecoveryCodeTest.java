package nl.opstap.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecoveryCodeTest {

    @Test
    void aNewCodeIsTwoGroupsOfFiveWithoutLookAlikes() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            String code = RecoveryCode.random();
            assertThat(code).matches("[A-HJ-NP-Z2-9]{5}-[A-HJ-NP-Z2-9]{5}");
            seen.add(code);
        }
        assertThat(seen).as("random, not repeating").hasSizeGreaterThan(995);
    }

    @Test
    void aCodeIsReadInAnyCaseWithOrWithoutHyphenAndSpaces() {
        assertThat(RecoveryCode.normalised("abcde-fgh23")).isEqualTo("ABCDEFGH23");
        assertThat(RecoveryCode.normalised(" ABCDE FGH23 ")).isEqualTo("ABCDEFGH23");
        assertThat(RecoveryCode.normalised("ABCDEFGH23")).isEqualTo("ABCDEFGH23");
    }

    @Test
    void whatCannotBeARecoveryCodeIsNone() {
        assertThat(RecoveryCode.normalised("123456")).as("an app code").isEmpty();
        assertThat(RecoveryCode.normalised("ABCDE-FGH2O")).as("O is not in the alphabet").isEmpty();
        assertThat(RecoveryCode.normalised("ABCDE-FGH234")).isEmpty();
        assertThat(RecoveryCode.normalised(null)).isEmpty();
    }
}
