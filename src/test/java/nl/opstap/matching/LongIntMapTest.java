package nl.opstap.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongIntMapTest {

    @Test
    void behavesLikeAHashMapUnderPutsAndRemovals() {
        LongIntMap map = new LongIntMap(4);
        Map<Long, Integer> reference = new HashMap<>();
        Random random = new Random(5);
        for (int i = 0; i < 20_000; i++) {
            long key = random.nextInt(2_000) - 1_000L;
            if (random.nextInt(3) == 0) {
                map.remove(key);
                reference.remove(key);
            } else {
                map.put(key, i);
                reference.put(key, i);
            }
        }
        assertThat(map.size()).isEqualTo(reference.size());
        for (long key = -1_000; key < 1_000; key++) {
            assertThat(map.get(key)).isEqualTo(reference.getOrDefault(key, -1));
        }
    }
}
