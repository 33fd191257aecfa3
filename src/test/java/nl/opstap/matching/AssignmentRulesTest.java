package nl.opstap.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.opstap.employer.EmployerId;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.vacancy.Vacancy;
import nl.opstap.vacancy.VacancyId;
import nl.opstap.vacancy.VacancySkills;
import nl.opstap.vacancy.VacancyStatus;
import org.junit.jupiter.api.Test;

class AssignmentRulesTest {

    private static Vacancy vacancy(int positions, VacancyStatus status) {
        return new Vacancy(new VacancyId(UUID.randomUUID()), new EmployerId(UUID.randomUUID()), new MunicipalityCode("GM1708"),
                "Kok", "http://data.europa.eu/esco/occupation/x", "HORECA", "8331AB", 20, 32, null, LocalDate.now(), null, null,
                false, null, false, positions, status, new VacancySkills(List.of(), List.of(), List.of(), List.of()), 0);
    }

    private static String message(Runnable rule) {
        try {
            rule.run();
        } catch (RuleViolation v) {
            return v.violations().getFirst().field() + ": " + v.getMessage();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void betweenOneAndFiftyVacanciesEachOnceInTheOrderChosen() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        assertThat(AssignmentRules.chosen(List.of(b, a, b))).containsExactly(new VacancyId(b), new VacancyId(a));
        assertThat(message(() -> AssignmentRules.chosen(null))).isEqualTo("vacatureIds: Kies ten minste één vacature.");
        assertThat(message(() -> AssignmentRules.chosen(List.of()))).contains("ten minste één");
        List<UUID> many = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            many.add(UUID.randomUUID());
        }
        assertThat(AssignmentRules.chosen(many.subList(0, 50))).hasSize(50);
        assertThat(message(() -> AssignmentRules.chosen(many))).isEqualTo("vacatureIds: Kies hoogstens 50 vacatures per keer; u koos er 51.");
        assertThat(message(() -> AssignmentRules.chosen(Arrays.asList(a, null)))).contains("Niet elke gekozen vacature");
        assertThat(AssignmentRules.uuids(List.of(" " + a + " ", "x"))).containsExactly(a, null);
    }

    @Test
    void everyChosenVacancyMustBeFoundInScopeAndOpen() {
        Vacancy open = vacancy(2, VacancyStatus.OPEN);
        Vacancy filled = vacancy(2, VacancyStatus.FILLED);
        Vacancy other = vacancy(1, VacancyStatus.OPEN);
        assertThat(AssignmentRules.found(List.of(other.id(), open.id()), List.of(open, other))).containsExactly(other, open);
        assertThat(message(() -> AssignmentRules.found(List.of(open.id(), other.id()), List.of(open)))).contains("Er is niets gedaan.");
        assertThat(message(() -> AssignmentRules.found(List.of(filled.id()), List.of(filled)))).contains("open vacature");
    }

    @Test
    void placesCountUpToTheCandidatesPerVacancyAndAreLimitedTogether() {
        assertThat(AssignmentRules.capacities(List.of(vacancy(3, VacancyStatus.OPEN), vacancy(100, VacancyStatus.OPEN)))).containsExactly(3, 50);
        List<Vacancy> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add(vacancy(100, VacancyStatus.OPEN));
        }
        assertThat(AssignmentRules.capacities(eleven.subList(0, 10))).hasSize(10);
        assertThat(message(() -> AssignmentRules.capacities(eleven))).contains("samen 550 plaatsen").contains("hoogstens 500");
    }

    @Test
    void keptRowsNameEachPersonOnceAndNoVacancyOverItsPlaces() {
        Vacancy one = vacancy(1, VacancyStatus.OPEN);
        UUID anna = UUID.randomUUID();
        UUID bram = UUID.randomUUID();
        List<AssignmentRules.Choice> kept = AssignmentRules.kept(List.of(one.id() + ":" + anna));
        assertThat(kept).singleElement().satisfies(c -> assertThat(c.client().value()).isEqualTo(anna));
        assertThat(message(() -> AssignmentRules.kept(null))).isEqualTo("keuze: Vink ten minste één werkzoekende aan om voor te stellen.");
        assertThat(message(() -> AssignmentRules.kept(List.of(one.id() + ":" + anna, UUID.randomUUID() + ":" + anna))))
                .contains("maar voor één plaats");
        assertThat(message(() -> AssignmentRules.kept(List.of("x:" + anna)))).contains("niet herkend");
        assertThat(message(() -> AssignmentRules.kept(List.of(one.id() + ":" + anna + ":" + bram)))).contains("niet herkend");
        assertThat(message(() -> AssignmentRules.withinPlaces(AssignmentRules.kept(List.of(one.id() + ":" + anna, one.id() + ":" + bram)),
                List.of(one)))).isEqualTo("keuze: Voor Kok zijn 2 werkzoekenden aangevinkt en er zijn 1 plaatsen; er is niets voorgesteld.");
        assertThatThrownBy(() -> AssignmentRules.kept(List.of())).isInstanceOf(RuleViolation.class);
    }
}
