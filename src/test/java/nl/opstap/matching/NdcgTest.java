package nl.opstap.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class NdcgTest {

    private static final Map<Long, Integer> LABELS = Map.of(1L, 2, 2L, 1);

    @Test
    void dcgUsesExponentialGainAndLog2Discount() {
        // (2^3-1)/log2(2) + (2^2-1)/log2(3) + (2^3-1)/log2(4) + 0 + (2^1-1)/log2(6)
        assertThat(Ndcg.dcg(new int[] {3, 2, 3, 0, 1})).isCloseTo(7 + 3 / 1.5849625 + 3.5 + 1 / 2.5849625, within(1e-6));
    }

    @Test
    void theIdealOrderScoresOne() {
        assertThat(Ndcg.at(10, new long[] {1, 2, 7, 8}, LABELS)).isCloseTo(1, within(1e-12));
    }

    @Test
    void swappedOrderAndMissingItemsCost() {
        double ideal = 3 + 1 / 1.5849625007;
        assertThat(Ndcg.at(10, new long[] {2, 1}, LABELS)).isCloseTo((1 + 3 / 1.5849625007) / ideal, within(1e-9));
        assertThat(Ndcg.at(10, new long[] {7, 1}, LABELS)).isCloseTo((3 / 1.5849625007) / ideal, within(1e-9));
        assertThat(Ndcg.at(10, new long[] {7, 8}, LABELS)).isZero();
        assertThat(Ndcg.at(10, new long[0], LABELS)).isZero();
    }

    @Test
    void onlyTheFirstKCount() {
        assertThat(Ndcg.at(1, new long[] {1, 2}, LABELS)).isCloseTo(1, within(1e-12));
        assertThat(Ndcg.at(1, new long[] {7, 1}, LABELS)).isZero();
        assertThat(Ndcg.at(10, new long[] {1}, Map.of())).isZero();
    }
}
