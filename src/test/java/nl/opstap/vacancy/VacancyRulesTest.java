package nl.opstap.vacancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.opstap.shared.domain.RuleViolation;
import org.junit.jupiter.api.Test;

class VacancyRulesTest {

    @Test
    void hoursMustBePositiveOrderedAndAtMostSixty() {
        VacancyRules.checkHours(1, 60);
        VacancyRules.checkHours(24, 24);
        assertThatThrownBy(() -> VacancyRules.checkHours(-4, 10)).isInstanceOf(RuleViolation.class).hasMessageContaining("1 tot en met 60");
        assertThatThrownBy(() -> VacancyRules.checkHours(0, 10)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> VacancyRules.checkHours(32, 24)).isInstanceOf(RuleViolation.class).hasMessageContaining("niet lager");
        assertThatThrownBy(() -> VacancyRules.checkHours(20, 61)).isInstanceOf(RuleViolation.class);
        assertThat(((RuleViolation) catchOf(() -> VacancyRules.checkHours(32, 24))).violations().getFirst().field()).isEqualTo("hoursMax");
    }

    @Test
    void closingDateNotBeforePublicationNorBeforeStart() {
        LocalDate published = LocalDate.of(2026, 3, 1);
        VacancyRules.checkClosingDate(null, null, published);
        VacancyRules.checkClosingDate(published, published, published);
        VacancyRules.checkClosingDate(published.plusDays(9), published.plusDays(2), published);
        assertThatThrownBy(() -> VacancyRules.checkClosingDate(published.minusDays(1), null, published)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("publicatiedatum (01-03-2026)");
        assertThatThrownBy(() -> VacancyRules.checkClosingDate(published.plusDays(5), published.plusDays(6), published))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("startdatum (07-03-2026)");
    }

    @Test
    void postcodesAreNormalisedAndChecked() {
        assertThat(VacancyRules.normalisePostcode(" 8331 ab ")).isEqualTo("8331AB");
        assertThat(VacancyRules.validPostcode("8331AB")).isTrue();
        assertThat(VacancyRules.validPostcode("0331AB")).isFalse();
        assertThat(VacancyRules.validPostcode("8331A")).isFalse();
        assertThat(VacancyRules.pc4("9501 ab")).isEqualTo("9501");
    }

    @Test
    void statusTransitionsAreGuarded() {
        assertThat(VacancyStatus.OPEN.canBecome(VacancyStatus.ON_HOLD)).isTrue();
        assertThat(VacancyStatus.ON_HOLD.canBecome(VacancyStatus.OPEN)).isTrue();
        assertThat(VacancyStatus.OPEN.canBecome(VacancyStatus.FILLED)).isTrue();
        assertThat(VacancyStatus.ON_HOLD.canBecome(VacancyStatus.FILLED)).isTrue();
        assertThat(VacancyStatus.FILLED.canBecome(VacancyStatus.CLOSED)).isTrue();
        assertThat(VacancyStatus.FILLED.canBecome(VacancyStatus.OPEN)).isFalse();
        assertThat(VacancyStatus.OPEN.canBecome(VacancyStatus.OPEN)).isFalse();
        for (VacancyStatus next : VacancyStatus.values()) {
            assertThat(VacancyStatus.CLOSED.canBecome(next)).isFalse();
        }
    }

    @Test
    void distanceIsHaversineInKilometres() {
        GeoDistance.Point steenwijk = new GeoDistance.Point(52.7877, 6.1197);
        GeoDistance.Point stadskanaal = new GeoDistance.Point(52.9890, 6.9500);
        assertThat(GeoDistance.km(steenwijk, steenwijk)).isZero();
        assertThat(GeoDistance.km(steenwijk, stadskanaal)).isBetween(58.0, 62.0);
        assertThat(GeoDistance.km(new GeoDistance.Point(0, 0), new GeoDistance.Point(0, 1))).isBetween(111.1, 111.3);
    }

    @Test
    void hoursOverlap() {
        Vacancy v = new Vacancy(VacancyId.random(), new nl.opstap.employer.EmployerId(java.util.UUID.randomUUID()),
                new nl.opstap.organisation.MunicipalityCode("GM1708"), "t", "u", "s", "8331AB", 20, 32, null, LocalDate.now(), null, null,
                false, null, false, 1, VacancyStatus.CLOSED, VacancySkills.none(), 0);
        assertThat(v.hoursOverlap(32, 40)).isTrue();
        assertThat(v.hoursOverlap(33, 40)).isFalse();
        assertThat(v.hoursOverlap(null, 19)).isFalse();
        assertThat(v.hoursOverlap(null, null)).isTrue();
        assertThatThrownBy(v::checkEditable).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> v.statusAfter(VacancyStatus.OPEN)).isInstanceOf(RuleViolation.class);
    }

    private static Throwable catchOf(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("no violation");
    }
}
