package nl.opstap.matching;

import static nl.opstap.matching.MatchFixtures.POSTCODES;
import static nl.opstap.matching.MatchFixtures.candidate;
import static nl.opstap.matching.MatchFixtures.vacancy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class CriteriaTest {

    private static double score(Criterion criterion, Consumer<MatchFixtures.Candidate> c, Consumer<MatchFixtures.Vacancy> v, double km) {
        MatchFixtures.Candidate cb = candidate();
        MatchFixtures.Vacancy vb = vacancy();
        c.accept(cb);
        v.accept(vb);
        CandidateIndex candidates = new CandidateIndex(POSTCODES, 4);
        VacancyIndex vacancies = new VacancyIndex(POSTCODES, 4);
        candidates.upsert(cb.build());
        vacancies.upsert(vb.build());
        return criterion.score(candidates, 0, vacancies, 0, km);
    }

    private static double score(Criterion criterion, Consumer<MatchFixtures.Candidate> c) {
        return score(criterion, c, v -> {}, 2);
    }

    @Test
    void occupationOfInterest() {
        assertThat(score(new OccupationCriterion(), c -> {})).isEqualTo(1);
        assertThat(score(new OccupationCriterion(), c -> c.interest = new int[] {7, 8})).isZero();
    }

    @Test
    void requiredSkillsAsAShare() {
        assertThat(score(new RequiredSkillsCriterion(), c -> {})).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(score(new RequiredSkillsCriterion(), c -> c.skills = new int[] {4, 2, 1})).isEqualTo(1);
        assertThat(score(new RequiredSkillsCriterion(), c -> c.skills = new int[0])).isZero();
        assertThat(score(new RequiredSkillsCriterion(), c -> {}, v -> v.required = new int[0], 2)).isEqualTo(1);
    }

    @Test
    void desiredSkillsAsAShare() {
        assertThat(score(new DesiredSkillsCriterion(), c -> {})).isEqualTo(0.5);
    }

    @Test
    void sectorAmongTheCandidates() {
        assertThat(score(new SectorCriterion(), c -> c.sectors = new int[] {1, 5})).isEqualTo(1);
        assertThat(score(new SectorCriterion(), c -> c.sectors = new int[] {1})).isZero();
    }

    @Test
    void educationLevelWithHalfAPointOneBelow() {
        assertThat(score(new EducationCriterion(), c -> c.education = 4)).isEqualTo(1);
        assertThat(score(new EducationCriterion(), c -> c.education = 2)).isEqualTo(0.5);
        assertThat(score(new EducationCriterion(), c -> c.education = 1)).isZero();
    }

    @Test
    void experienceInTheOccupation() {
        assertThat(score(new ExperienceCriterion(), c -> {})).isEqualTo(1);
        assertThat(score(new ExperienceCriterion(), c -> c.experience = new int[0])).isZero();
    }

    @Test
    void testResultByAssessmentCategory() {
        assertThat(score(new TestResultCriterion(), c -> c.testCategory = 1)).isEqualTo(1);
        assertThat(score(new TestResultCriterion(), c -> c.testCategory = 2)).isCloseTo(2 / 3.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(score(new TestResultCriterion(), c -> c.testCategory = 3)).isCloseTo(1 / 3.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(score(new TestResultCriterion(), c -> c.testCategory = 0)).isZero();
    }

    @Test
    void ladderStepCloserToWorkScoresHigher() {
        assertThat(score(new LadderCriterion(), c -> c.ladder = 1)).isZero();
        assertThat(score(new LadderCriterion(), c -> c.ladder = 6)).isEqualTo(1);
        assertThat(score(new LadderCriterion(), c -> c.ladder = 4)).isCloseTo(0.6, within(1e-9));
    }

    @Test
    void distanceFallsToZeroAtTheMaximum() {
        assertThat(score(new DistanceCriterion(), c -> {}, v -> {}, 0)).isEqualTo(1);
        assertThat(score(new DistanceCriterion(), c -> {}, v -> {}, 5)).isEqualTo(0.5);
        assertThat(score(new DistanceCriterion(), c -> {}, v -> {}, 10)).isZero();
    }

    @Test
    void everyCriterionHasAWeight() {
        for (Criterion criterion : Criteria.ALL) {
            assertThat(Weights.defaults().of(criterion.code())).isPositive();
        }
        assertThat(Criteria.ALL).extracting(Criterion::code).doesNotHaveDuplicates().hasSize(9);
    }
}
