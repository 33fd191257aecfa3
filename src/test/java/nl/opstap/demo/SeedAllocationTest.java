package nl.opstap.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The allocation reproduces seed 003's tables exactly, whatever the random order. */
class SeedAllocationTest {

    @Test
    void marginsAreTabelIAndTabelII() {
        for (Seed003 seed : Seed003.MUNICIPALITIES) {
            List<SeedAllocation.Target> pairs = SeedAllocation.pairs(seed);
            assertThat(pairs.stream().collect(Collectors.groupingBy(SeedAllocation.Target::situation, Collectors.summingInt(t -> 1))))
                    .isEqualTo(seed.situations());
            assertThat(pairs.stream().collect(Collectors.groupingBy(SeedAllocation.Target::perspective, Collectors.summingInt(t -> 1))))
                    .isEqualTo(seed.perspectives());
            assertThat(pairs).filteredOn(t -> t.situation().equals("DIRECT_WERK")).allMatch(SeedAllocation.Target::hasWorkCapacity);
        }
    }

    @Test
    void theYoungGetExactlyTheSeedsWorkCapacity() {
        Seed003 seed = Seed003.of("GM1708");
        List<Integer> young = IntStream.range(0, seed.young()).boxed().toList();
        List<Integer> others = IntStream.range(seed.young(), seed.total()).boxed().toList();
        for (long s = 0; s < 5; s++) {
            Map<Integer, SeedAllocation.Target> targets = SeedAllocation.assign(seed, young, others, new Random(s));
            assertThat(targets).hasSize(900);
            assertThat(young.stream().filter(y -> targets.get(y).hasWorkCapacity()).count()).isEqualTo(97);
            assertThat(targets.values().stream().filter(SeedAllocation.Target::hasWorkCapacity).count()).isEqualTo(571);
        }
        assertThat(Seed003.MUNICIPALITIES.stream().mapToInt(Seed003::young).sum()).isEqualTo(142);
        assertThat(Seed003.MUNICIPALITIES.stream().mapToInt(Seed003::youngWithWorkCapacity).sum()).isEqualTo(127);
    }

    @Test
    void sectorMentionsAreExactAndAtMostThreeDistinctPerClient() {
        List<Integer> clients = IntStream.range(0, 739).boxed().toList();
        Map<Integer, List<String>> sectors = SeedAllocation.sectors(Seed003.SECTORS, clients, new Random(3));
        assertThat(sectors.values()).allMatch(s -> s.size() <= 3 && s.stream().distinct().count() == s.size());
        Map<String, Long> counts = sectors.values().stream().flatMap(List::stream)
                .collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        Seed003.SECTORS.forEach((sector, count) -> assertThat(counts.get(sector)).as(sector).isEqualTo(count.longValue()));
        assertThat(counts.get("ZORG")).isGreaterThan(counts.get("LOGISTIEK"));
    }
}
