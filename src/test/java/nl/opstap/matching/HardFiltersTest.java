package nl.opstap.matching;

import static nl.opstap.matching.MatchFixtures.POSTCODES;
import static nl.opstap.matching.MatchFixtures.candidate;
import static nl.opstap.matching.MatchFixtures.vacancy;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class HardFiltersTest {

    private static int check(Consumer<MatchFixtures.Candidate> c, Consumer<MatchFixtures.Vacancy> v, boolean includeZorg) {
        MatchFixtures.Candidate cb = candidate();
        MatchFixtures.Vacancy vb = vacancy();
        c.accept(cb);
        v.accept(vb);
        CandidateIndex candidates = new CandidateIndex(POSTCODES, 4);
        VacancyIndex vacancies = new VacancyIndex(POSTCODES, 4);
        candidates.upsert(cb.build());
        vacancies.upsert(vb.build());
        double km = POSTCODES.distanceKm(POSTCODES.indexOf(cb.pc4), POSTCODES.indexOf(vb.pc4));
        return HardFilters.check(candidates, 0, vacancies, 0, km, includeZorg);
    }

    private static int check(Consumer<MatchFixtures.Candidate> c, Consumer<MatchFixtures.Vacancy> v) {
        return check(c, v, false);
    }

    @Test
    void aFittingPairPasses() {
        assertThat(check(c -> {}, v -> {})).isEqualTo(HardFilters.PASS);
    }

    @Test
    void withoutConsentNever() {
        assertThat(check(c -> c.consent = false, v -> {})).isEqualTo(HardFilters.CONSENT);
    }

    @Test
    void perspectiveZorgOnlyWhenAsked() {
        assertThat(check(c -> c.zorg = true, v -> {})).isEqualTo(HardFilters.ZORG);
        assertThat(check(c -> c.zorg = true, v -> {}, true)).isEqualTo(HardFilters.PASS);
    }

    @Test
    void hoursMustOverlap() {
        assertThat(check(c -> c.hoursMax = 20, v -> {})).isEqualTo(HardFilters.HOURS);
        assertThat(check(c -> c.hoursMax = 24, v -> {})).isEqualTo(HardFilters.PASS);
        assertThat(check(c -> {
            c.hoursMin = 38;
            c.hoursMax = 40;
        }, v -> {})).isEqualTo(HardFilters.HOURS);
    }

    @Test
    void availableNoLaterThanTheStart() {
        assertThat(check(c -> c.availableFrom = MatchFixtures.START.plusDays(1), v -> {})).isEqualTo(HardFilters.AVAILABILITY);
        assertThat(check(c -> c.availableFrom = MatchFixtures.START, v -> {})).isEqualTo(HardFilters.PASS);
    }

    @Test
    void belastbaarheidAtLeastThePhysicalDemands() {
        assertThat(check(c -> c.load = 1, v -> {})).isEqualTo(HardFilters.LOAD);
        assertThat(check(c -> c.load = 2, v -> {})).isEqualTo(HardFilters.PASS);
    }

    @Test
    void drivingLicenceOnlyWhenRequired() {
        assertThat(check(c -> c.licence = false, v -> {})).isEqualTo(HardFilters.LICENCE);
        assertThat(check(c -> c.licence = false, v -> v.licenceRequired = false)).isEqualTo(HardFilters.PASS);
    }

    @Test
    void withinTheCandidatesTravelDistance() {
        assertThat(check(c -> {}, v -> v.pc4 = 1011)).isEqualTo(HardFilters.DISTANCE);
        assertThat(check(c -> c.maxTravelKm = 0, v -> {})).isEqualTo(HardFilters.DISTANCE);
        assertThat(check(c -> c.maxTravelKm = 0, v -> v.pc4 = 9401)).isEqualTo(HardFilters.PASS);
    }
}
