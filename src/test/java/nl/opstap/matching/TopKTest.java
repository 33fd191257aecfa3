package nl.opstap.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TopKTest {

    @Test
    void keepsTheKBestBestFirstLikeAFullSort() {
        Random random = new Random(3);
        double[] scores = random.doubles(1_000).toArray();
        TopK top = new TopK();
        top.reset(50);
        for (int i = 0; i < scores.length; i++) {
            top.offer(scores[i], i);
        }
        int[] expected = IntStream.range(0, scores.length).boxed()
                .sorted((a, b) -> Double.compare(scores[b], scores[a])).limit(50).mapToInt(Integer::intValue).toArray();
        assertThat(top.drainBestFirst()).containsExactly(expected);
        top.reset(3);
        top.offer(1, 1);
        assertThat(top.drainBestFirst()).containsExactly(1);
        assertThat(Arrays.stream(new int[0])).isEmpty();
    }
}
