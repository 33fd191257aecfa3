package nl.opstap.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.opstap.shared.domain.RuleViolation;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {

    private static RuleViolation refusal(String from, String to) {
        try {
            ReportPeriod.of(from, to);
        } catch (RuleViolation violation) {
            return violation;
        }
        throw new AssertionError("accepted " + from + " .. " + to);
    }

    @Test
    void bothDaysAreIncludedAndTwoYearsIsTheLongestPeriod() {
        ReportPeriod p = ReportPeriod.of("2024-01-01", " 2025-12-31 ");
        assertThat(p.from()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(p.to()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(ReportPeriod.of("2026-03-01", "2026-03-01").from()).isEqualTo(LocalDate.of(2026, 3, 1));
        RuleViolation tooLong = refusal("2024-01-01", "2026-01-01");
        assertThat(tooLong.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("tot");
            assertThat(v.message()).isEqualTo("Kies een periode van hoogstens 2 jaar.");
        });
    }

    @Test
    void missingAndUnreadableDatesAreReportedTogetherOnTheirParameter() {
        RuleViolation both = refusal(null, "31-12-2026");
        assertThat(both.violations()).extracting(RuleViolation.Violation::field).containsExactly("van", "tot");
        assertThat(both.violations()).extracting(RuleViolation.Violation::message)
                .containsExactly("Vul de begindatum in.", "Vul de einddatum in als jjjj-mm-dd, bijvoorbeeld 2026-01-31.");
        assertThat(refusal("2026-02-30", " ").violations()).extracting(RuleViolation.Violation::code).containsExactly("format", "required");
    }

    @Test
    void theEndMayNotLieBeforeTheStart() {
        assertThatThrownBy(() -> ReportPeriod.of("2026-05-02", "2026-05-01")).isInstanceOf(RuleViolation.class)
                .hasMessage("De einddatum ligt vóór de begindatum.");
    }

    @Test
    void theScreenStartsWithTheYearUpToToday() {
        ReportPeriod p = ReportPeriod.lastYear(LocalDate.of(2026, 6, 15));
        assertThat(p.from()).isEqualTo(LocalDate.of(2025, 6, 16));
        assertThat(p.to()).isEqualTo(LocalDate.of(2026, 6, 15));
    }
}
