package nl.opstap.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BsnGeneratorTest {

    @Test
    void generatesDistinctNumbersThatPassTheElevenTestDeterministically() {
        BsnGenerator one = new BsnGenerator(new Random(42));
        BsnGenerator two = new BsnGenerator(new Random(42));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 5_000; i++) {
            String bsn = one.next();
            assertThat(bsn).matches("\\d{9}");
            int sum = 0;
            for (int d = 0; d < 8; d++) {
                sum += (9 - d) * (bsn.charAt(d) - '0');
            }
            assertThat((sum - (bsn.charAt(8) - '0')) % 11).isZero();
            assertThat(seen.add(bsn)).isTrue();
            assertThat(two.next()).isEqualTo(bsn);
        }
    }
}
