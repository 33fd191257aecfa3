package nl.opstap.matching;

import static nl.opstap.matching.MatchFixtures.POSTCODES;
import static nl.opstap.matching.MatchFixtures.candidate;
import static nl.opstap.matching.MatchFixtures.vacancy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ScorePlanTest {

    private final Criterion[] criteria = Criteria.ALL.toArray(Criterion[]::new);
    private final double[] weights = {3, 4, 1.5, 1, 1, 2, 1, 1, 0};

    @Test
    void scoresTheWeightedSumAndCutsOnlyWhatCannotBeatTheThreshold() {
        CandidateIndex c = new CandidateIndex(POSTCODES, 2);
        VacancyIndex v = new VacancyIndex(POSTCODES, 2);
        c.upsert(candidate().build());
        v.upsert(vacancy().build());
        double expected = 0;
        for (int i = 0; i < criteria.length; i++) {
            expected += weights[i] * criteria[i].score(c, 0, v, 0, 2);
        }
        ScorePlan plan = new ScorePlan(criteria, weights);

        assertThat(plan.score(c, 0, v, 0, 2, Double.NEGATIVE_INFINITY)).isCloseTo(expected, within(1e-9));
        assertThat(plan.score(c, 0, v, 0, 2, expected - 0.01)).isCloseTo(expected, within(1e-9));
        assertThat(plan.score(c, 0, v, 0, 2, 14.5)).isEqualTo(Double.NEGATIVE_INFINITY);
    }
}
