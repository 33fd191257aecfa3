package nl.opstap.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import nl.opstap.shared.domain.RuleViolation;
import org.junit.jupiter.api.Test;

/** The placement rules: order of consideration, follow-up schedule, overlap, terms, revolving door, durability. */
class PlacementRulesTest {

    static final LocalDate START = LocalDate.of(2025, 1, 31);

    @Test
    void typesComeInTheOrderACoachMustConsiderThem() {
        assertThat(PlacementType.values()).extracting(PlacementType::code).containsExactly("regulier-werk", "afspraakbaan", "scholing",
                "werkervaringsplaats", "detachering", "beschut-werk", "dagbesteding");
        assertThat(ConsiderationOrder.higherThan(PlacementType.EDUCATION)).containsExactly(PlacementType.REGULAR_WORK, PlacementType.AFSPRAAKBAAN);
        assertThat(PlacementType.of("dagbesteding")).isEqualTo(PlacementType.DAY_ACTIVITIES);
    }

    @Test
    void anythingButRegularWorkSaysWhyTheHigherOptionsWereNotChosen() {
        assertThat(ConsiderationOrder.check(PlacementType.REGULAR_WORK, "  ")).isNull();
        assertThatThrownBy(() -> ConsiderationOrder.check(PlacementType.EDUCATION, null)).isInstanceOf(RuleViolation.class)
                .hasMessage("Geef aan waarom niet gekozen is voor regulier werk, afspraakbaan.");
        assertThat(ConsiderationOrder.check(PlacementType.SHELTERED_WORK, " Belastbaarheid te laag voor regulier werk ")).isEqualTo(
                "Belastbaarheid te laag voor regulier werk");
        assertThatThrownBy(() -> ConsiderationOrder.check(PlacementType.AFSPRAAKBAAN, "x".repeat(1001))).isInstanceOf(RuleViolation.class);
    }

    @Test
    void followUpLastsAYearAtTheConfiguredMonths() {
        assertThat(FollowUpSchedule.standard().dueDates(START)).containsExactly(LocalDate.of(2025, 2, 28), LocalDate.of(2025, 4, 30),
                LocalDate.of(2025, 7, 31), LocalDate.of(2025, 10, 31), LocalDate.of(2026, 1, 31));
        assertThat(new FollowUpSchedule(List.of(2, 12, 18)).dueDates(START)).hasSize(3);
        assertThatThrownBy(() -> new FollowUpSchedule(List.of(1, 3, 6))).hasMessageContaining("ten minste een jaar");
        assertThatThrownBy(() -> new FollowUpSchedule(List.of(3, 1, 12))).hasMessageContaining("oplopend");
        assertThatThrownBy(() -> new FollowUpSchedule(List.of(0, 12))).hasMessageContaining("1 tot en met 24");
        assertThatThrownBy(() -> new FollowUpSchedule(List.of())).isInstanceOf(RuleViolation.class);
    }

    @Test
    void somePlacementsRunOneAtATime() {
        List<OverlappingPlacements.Existing> file = List.of(new OverlappingPlacements.Existing(PlacementType.WORK_EXPERIENCE, START, null),
                new OverlappingPlacements.Existing(PlacementType.AFSPRAAKBAAN, START, START.plusMonths(6)));
        assertThatThrownBy(() -> OverlappingPlacements.check(file, PlacementType.WORK_EXPERIENCE, START.plusYears(2), null))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.isConflict()).isTrue());
        OverlappingPlacements.check(file, PlacementType.AFSPRAAKBAAN, START.plusMonths(6).plusDays(1), null);
        assertThatThrownBy(() -> OverlappingPlacements.check(file, PlacementType.AFSPRAAKBAAN, START.minusMonths(1), START))
                .isInstanceOf(RuleViolation.class);
        OverlappingPlacements.check(file, PlacementType.REGULAR_WORK, START, null);
    }

    @Test
    void termsReportEveryProblemAtOnce() {
        PlacementTerms.check(START, null, 24, null);
        PlacementTerms.check(START, START, 24, "Contract niet verlengd");
        assertThatThrownBy(() -> PlacementTerms.check(START, START.minusDays(1), 0, null))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.violations()).extracting(RuleViolation.Violation::field)
                        .containsExactly("end", "hours", "endReason"));
        assertThatThrownBy(() -> PlacementTerms.check(null, null, 12, "Verhuisd"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.violations()).extracting(RuleViolation.Violation::field)
                        .containsExactly("start", "end"));
    }

    @Test
    void returningWithinTheWindowIsARevolvingDoor() {
        RevolvingDoor rule = new RevolvingDoor(RevolvingDoor.DEFAULT_WINDOW);
        assertThat(rule.applies(START, START.plusMonths(12))).isTrue();
        assertThat(rule.applies(START, START.plusMonths(12).plusDays(1))).isFalse();
        assertThatThrownBy(() -> rule.applies(START, START.minusDays(1))).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> new RevolvingDoor(Period.ZERO)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> new RevolvingDoor(Period.ofYears(6))).isInstanceOf(RuleViolation.class);
    }

    @Test
    void durabilityIsComputedFromTheHistoryAndUnknownUntilReached() {
        LocalDate outflow = LocalDate.of(2025, 3, 1);
        List<Durability.Span> benefit = List.of(new Durability.Span(LocalDate.of(2025, 8, 1), LocalDate.of(2025, 10, 1)));
        List<Durability.Span> work = List.of(new Durability.Span(outflow, LocalDate.of(2025, 7, 15)));
        Map<Integer, Durability.Check> checks = Durability.of(outflow, benefit, work, LocalDate.of(2026, 1, 1));
        assertThat(checks.get(3)).isEqualTo(new Durability.Check(3, LocalDate.of(2025, 6, 1), true, true));
        assertThat(checks.get(6)).isEqualTo(new Durability.Check(6, LocalDate.of(2025, 9, 1), false, false));
        assertThat(checks.get(12)).isEqualTo(new Durability.Check(12, LocalDate.of(2026, 3, 1), null, null));
    }
}
