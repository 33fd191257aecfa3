package nl.opstap.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.Key;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** RFC 6238 codes: the window of one step either side, and no step twice. */
class TotpRuleTest {

    private final TotpRule rule = new TotpRule();
    private final Key key = new TotpSecret("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ").key();
    private final Instant now = Instant.parse("2026-11-24T10:00:15Z");
    private final long step = TotpRule.stepOf(now);

    @Test
    void matchesTheRfc6238TestVectorForSha1() {
        // RFC 6238 appendix B: T = 59 s, secret "12345678901234567890", SHA-1 → 94287082 (8 digits); 6 digits: 287082.
        assertThat(rule.codeAt(key, 59 / 30)).isEqualTo("287082");
    }

    @Test
    void acceptsTheCodeOfTheCurrentStepAndOneStepEitherSide() {
        assertThat(rule.acceptedStep(key, rule.codeAt(key, step), now, 0)).hasValue(step);
        assertThat(rule.acceptedStep(key, rule.codeAt(key, step - 1), now, 0)).hasValue(step - 1);
        assertThat(rule.acceptedStep(key, rule.codeAt(key, step + 1), now, 0)).hasValue(step + 1);
    }

    @Test
    void refusesCodesTwoStepsAwayOrMalformed() {
        assertThat(rule.acceptedStep(key, rule.codeAt(key, step - 2), now, 0)).isEmpty();
        assertThat(rule.acceptedStep(key, rule.codeAt(key, step + 2), now, 0)).isEmpty();
        assertThat(rule.acceptedStep(key, "12345", now, 0)).isEmpty();
        assertThat(rule.acceptedStep(key, "abcdef", now, 0)).isEmpty();
        assertThat(rule.acceptedStep(key, null, now, 0)).isEmpty();
    }

    @Test
    void refusesAStepAlreadyUsedOrOlder() {
        String code = rule.codeAt(key, step);
        assertThat(rule.acceptedStep(key, code, now, step)).as("replay in the same step").isEmpty();
        assertThat(rule.acceptedStep(key, rule.codeAt(key, step - 1), now, step)).as("an older step").isEmpty();
        assertThat(rule.acceptedStep(key, rule.codeAt(key, step + 1), now, step)).as("the next step").hasValue(step + 1);
    }

    @Test
    void acceptsACodeTypedWithASpace() {
        String code = rule.codeAt(key, step);
        assertThat(rule.acceptedStep(key, code.substring(0, 3) + " " + code.substring(3), now, 0)).hasValue(step);
    }
}
