package nl.opstap.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PlantedPairsTest {

    private static final SyntheticProfiles DATA = new SyntheticProfiles(MatchFixtures.POSTCODES, 42);

    @Test
    void everyPlantedCandidatePassesTheHardFiltersOfItsVacancy() {
        MatchEngine engine = new MatchEngine(MatchFixtures.POSTCODES, 6_000, 200);
        PlantedPairs planted = DATA.generate(6_000, 200, 7, new SyntheticProfiles.Sink() {
            public void candidate(CandidateProfile c) {
                engine.upsertCandidate(c);
            }

            public void vacancy(VacancyProfile v) {
                engine.upsertVacancy(v);
            }
        });
        assertThat(planted.relevance()).hasSize(60);
        for (Map.Entry<Long, Map<Long, Integer>> e : planted.relevance().entrySet()) {
            Set<Integer> everywhere = IntStream.range(100, 1000).boxed().collect(Collectors.toSet());
            Set<Long> found = engine.candidatesFor(e.getKey(), MatchQuery.of(everywhere, 1_000)).stream()
                    .map(Match::id).collect(Collectors.toSet());
            assertThat(found).containsAll(e.getValue().keySet());
        }
        assertThat(planted.evaluate(engine, 10, MatchingBenchmark::region).meanNdcg()).isBetween(0.5, 1.0);
    }

    @Test
    void theSameArgumentsGiveTheSameDataSet() {
        assertThat(fingerprint()).isEqualTo(fingerprint());
    }

    private static List<String> fingerprint() {
        List<String> out = new ArrayList<>();
        DATA.generate(3_000, 100, 7, new SyntheticProfiles.Sink() {
            public void candidate(CandidateProfile c) {
                out.add(c.id() + " " + c.pc4() + " " + c.availableFrom() + " " + Arrays.toString(c.skills()));
            }

            public void vacancy(VacancyProfile v) {
                out.add(v.id() + " " + v.pc4() + " " + v.start() + " " + Arrays.toString(v.requiredSkills()));
            }
        });
        assertThat(out).hasSize(3_100);
        return out;
    }
}
