package nl.opstap.matching;

import static nl.opstap.matching.MatchFixtures.ASSEN;
import static nl.opstap.matching.MatchFixtures.POSTCODES;
import static nl.opstap.matching.MatchFixtures.candidate;
import static nl.opstap.matching.MatchFixtures.vacancy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MatchEngineTest {

    private final MatchEngine engine = new MatchEngine(POSTCODES, 4, 4);
    private final MatchQuery assen = MatchQuery.of(Set.of(ASSEN), 10);

    private MatchFixtures.Candidate withSkills(long id, int... skills) {
        MatchFixtures.Candidate c = candidate().id(id);
        c.skills = skills;
        return c;
    }

    @Test
    void candidatesBestFirstOnlyThoseThatPassEveryFilter() {
        engine.upsertVacancy(vacancy().build());
        engine.upsertCandidate(withSkills(1, 1).build());
        engine.upsertCandidate(withSkills(2, 1, 2, 4).build());
        engine.upsertCandidate(withSkills(3, 1, 2).build());
        MatchFixtures.Candidate noConsent = withSkills(4, 1, 2, 4);
        noConsent.consent = false;
        engine.upsertCandidate(noConsent.build());
        MatchFixtures.Candidate otherMunicipality = withSkills(5, 1, 2, 4);
        otherMunicipality.municipality = 109;
        engine.upsertCandidate(otherMunicipality.build());

        List<Match> matches = engine.candidatesFor(1_000, assen);

        assertThat(matches).extracting(Match::id).containsExactly(2L, 3L, 1L);
        assertThat(matches).extracting(Match::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void topKKeepsOnlyTheBest() {
        engine.upsertVacancy(vacancy().build());
        for (int i = 1; i <= 30; i++) {
            MatchFixtures.Candidate c = candidate().id(i);
            c.ladder = 1 + i % 6;
            c.education = 1 + i % 5;
            engine.upsertCandidate(c.build());
        }
        List<Match> top = engine.candidatesFor(1_000, MatchQuery.of(Set.of(ASSEN), 5));
        List<Match> all = engine.candidatesFor(1_000, MatchQuery.of(Set.of(ASSEN), 100));
        assertThat(all).hasSize(30);
        assertThat(top).extracting(Match::score).containsExactlyElementsOf(all.subList(0, 5).stream().map(Match::score).toList());
    }

    @Test
    void explanationShowsEachCriterionAndTheMatchedAndMissingSkills() {
        engine.upsertVacancy(vacancy().build());
        engine.upsertCandidate(candidate().build());

        Match match = engine.candidatesFor(1_000, assen).getFirst();

        assertThat(match.contributions()).extracting(Match.Contribution::criterion).containsExactly("occupation",
                "requiredSkills", "desiredSkills", "sector", "education", "experience", "testResult", "ladderStep", "distance");
        assertThat(match.contributions().stream().mapToDouble(Match.Contribution::points).sum()).isCloseTo(match.score(), within(1e-9));
        Match.Contribution occupation = match.contributions().getFirst();
        assertThat(occupation.fit()).isEqualTo(1);
        assertThat(occupation.points()).isEqualTo(Weights.defaults().occupation());
        assertThat(match.matchedRequiredSkills()).containsExactly(1, 2);
        assertThat(match.missingRequiredSkills()).containsExactly(4);
    }

    @Test
    void vacanciesForACandidateWithinReach() {
        engine.upsertCandidate(candidate().build());
        engine.upsertVacancy(vacancy().build());
        MatchFixtures.Vacancy far = vacancy();
        far.id = 2_000;
        far.pc4 = 7941;
        engine.upsertVacancy(far.build());
        MatchFixtures.Vacancy other = vacancy();
        other.id = 3_000;
        other.occupation = 5;
        engine.upsertVacancy(other.build());

        assertThat(engine.vacanciesFor(1, assen)).extracting(Match::id).containsExactly(1_000L, 3_000L);
    }

    @Test
    void rejectedPairsAndZorgAreLeftOutUnlessAsked() {
        engine.upsertVacancy(vacancy().build());
        engine.upsertCandidate(candidate().id(1).build());
        MatchFixtures.Candidate zorg = candidate().id(2);
        zorg.zorg = true;
        engine.upsertCandidate(zorg.build());

        assertThat(engine.candidatesFor(1_000, assen)).extracting(Match::id).containsExactly(1L);
        assertThat(engine.candidatesFor(1_000, new MatchQuery(Set.of(ASSEN), Set.of(1L), true, 10, Weights.defaults())))
                .extracting(Match::id).containsExactly(2L);
        assertThat(engine.vacanciesFor(1, new MatchQuery(Set.of(ASSEN), Set.of(1_000L), false, 10, Weights.defaults()))).isEmpty();
        assertThat(engine.vacanciesFor(2, assen)).isEmpty();
    }

    @Test
    void updatesAreVisibleToTheNextQuery() {
        engine.upsertVacancy(vacancy().build());
        engine.upsertCandidate(candidate().id(1).build());
        assertThat(engine.candidatesFor(1_000, assen)).hasSize(1);

        MatchFixtures.Candidate moved = candidate().id(1);
        moved.pc4 = 1011;
        engine.upsertCandidate(moved.build());
        assertThat(engine.candidatesFor(1_000, assen)).isEmpty();

        engine.upsertCandidate(candidate().id(1).build());
        engine.upsertCandidate(candidate().id(7).build());
        assertThat(engine.candidatesFor(1_000, assen)).extracting(Match::id).containsExactlyInAnyOrder(1L, 7L);

        assertThat(engine.removeCandidate(1)).isTrue();
        assertThat(engine.removeCandidate(1)).isFalse();
        assertThat(engine.candidatesFor(1_000, assen)).extracting(Match::id).containsExactly(7L);
        assertThat(engine.candidateCount()).isEqualTo(1);

        engine.removeVacancy(1_000);
        assertThatThrownBy(() -> engine.candidatesFor(1_000, assen)).hasMessage("Deze vacature is onbekend of valt buiten uw gemeenten.");
    }

    @Test
    void growsBeyondTheExpectedSize() {
        engine.upsertVacancy(vacancy().build());
        for (int i = 1; i <= 100; i++) {
            engine.upsertCandidate(candidate().id(i).build());
        }
        assertThat(engine.candidatesFor(1_000, MatchQuery.of(Set.of(ASSEN), 1_000))).hasSize(100);
    }

    @Test
    void aVacancyOfAnotherMunicipalityOrBadInputIsRefused() {
        engine.upsertVacancy(vacancy().build());
        assertThatThrownBy(() -> engine.candidatesFor(1_000, MatchQuery.of(Set.of(109), 10)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("buiten uw gemeenten");
        MatchFixtures.Candidate unknownPostcode = candidate();
        unknownPostcode.pc4 = 1000;
        assertThatThrownBy(() -> engine.upsertCandidate(unknownPostcode.build())).hasMessage("Postcode 1000 is onbekend.");
        MatchFixtures.Candidate tooManySkills = candidate();
        tooManySkills.skills = new int[17];
        assertThatThrownBy(() -> engine.upsertCandidate(tooManySkills.build())).hasMessageContaining("Te veel vaardigheden");
        assertThatThrownBy(() -> MatchQuery.of(Set.of(ASSEN), 0)).hasMessageContaining("tussen 1 en 1000");
    }
}
