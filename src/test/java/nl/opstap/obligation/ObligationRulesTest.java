package nl.opstap.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import nl.opstap.access.CurrentUser;
import nl.opstap.access.Role;
import nl.opstap.access.UserId;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.shared.domain.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

class ObligationRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final MunicipalityCode STEENWIJKERLAND = new MunicipalityCode("GM1708");

    private static String code(Throwable e) {
        return ((RuleViolation) e).violations().getFirst().code();
    }

    @Test
    void periodsEndAfterTheyStartAndStartAtMostAYearAhead() {
        assertThatThrownBy(() -> ObligationRules.period(Forms.ObligationForm.class, TODAY, TODAY.minusDays(1), TODAY))
                .satisfies(e -> assertThat(code(e)).isEqualTo("beforeStart"));
        assertThatThrownBy(() -> ObligationRules.period(Forms.ObligationForm.class, TODAY.plusYears(2), null, TODAY))
                .satisfies(e -> assertThat(code(e)).isEqualTo("tooFarAhead"));
        assertThatCode(() -> ObligationRules.period(Forms.ObligationForm.class, TODAY, TODAY, TODAY)).doesNotThrowAnyException();
    }

    @Test
    void anExemptionIsRecheckedOnOrAfterItsStartWithinFiveYears() {
        assertThatThrownBy(() -> ObligationRules.recheck(Forms.ExemptionForm.class, TODAY, TODAY.minusDays(1)))
                .satisfies(e -> assertThat(((RuleViolation) e).violations().getFirst().field()).isEqualTo("recheckOn"));
        assertThatThrownBy(() -> ObligationRules.recheck(Forms.ExemptionForm.class, TODAY, TODAY.plusYears(5).plusDays(1)))
                .satisfies(e -> assertThat(code(e)).isEqualTo("tooLate"));
        assertThatCode(() -> ObligationRules.recheck(Forms.ExemptionForm.class, TODAY, TODAY)).doesNotThrowAnyException();
    }

    @Test
    void aWarningHasNoPercentageAndAReductionOneToHundred() {
        assertThatThrownBy(() -> ObligationRules.percentage(Forms.MeasureForm.class, MeasureKind.WAARSCHUWING, 10))
                .satisfies(e -> assertThat(code(e)).isEqualTo("warning"));
        assertThatThrownBy(() -> ObligationRules.percentage(Forms.MeasureForm.class, MeasureKind.VERLAGING, 0))
                .satisfies(e -> assertThat(code(e)).isEqualTo("zero"));
        assertThatThrownBy(() -> ObligationRules.percentage(Forms.MeasureForm.class, MeasureKind.VERLAGING, 101))
                .satisfies(e -> assertThat(code(e)).isEqualTo("range"));
        assertThatThrownBy(() -> ObligationRules.percentage(Forms.MeasureForm.class, MeasureKind.BOETE, -1))
                .satisfies(e -> assertThat(code(e)).isEqualTo("range"));
        assertThatCode(() -> ObligationRules.percentage(Forms.MeasureForm.class, MeasureKind.VERLAGING, 100)).doesNotThrowAnyException();
        assertThatCode(() -> ObligationRules.percentage(Forms.MeasureForm.class, MeasureKind.WAARSCHUWING, 0)).doesNotThrowAnyException();
    }

    @Test
    void pastEventsAreNotDatedInTheFutureAndMeasuresFollowTheirSignal() {
        assertThatThrownBy(() -> ObligationRules.notInFuture(Forms.SignalForm.class, "signalDate", TODAY.plusDays(1), TODAY))
                .satisfies(e -> assertThat(code(e)).isEqualTo("future"));
        assertThatCode(() -> ObligationRules.notInFuture(Forms.SignalForm.class, "signalDate", TODAY, TODAY)).doesNotThrowAnyException();
        assertThatThrownBy(() -> ObligationRules.decidedAfterSignal(Forms.MeasureForm.class, TODAY.minusDays(2), TODAY.minusDays(1)))
                .satisfies(e -> assertThat(code(e)).isEqualTo("beforeSignal"));
    }

    @Test
    void aBonusIsAPositiveAmountInCentsUpToTenThousandEuros() {
        assertThatThrownBy(() -> ObligationRules.amount(Forms.BonusForm.class, BigDecimal.ZERO)).satisfies(e -> assertThat(code(e)).isEqualTo("positive"));
        assertThatThrownBy(() -> ObligationRules.amount(Forms.BonusForm.class, new BigDecimal("-5"))).satisfies(e -> assertThat(code(e)).isEqualTo("positive"));
        assertThatThrownBy(() -> ObligationRules.amount(Forms.BonusForm.class, new BigDecimal("10000.01"))).satisfies(e -> assertThat(code(e)).isEqualTo("tooHigh"));
        assertThatThrownBy(() -> ObligationRules.amount(Forms.BonusForm.class, new BigDecimal("1.005"))).satisfies(e -> assertThat(code(e)).isEqualTo("cents"));
        assertThatCode(() -> ObligationRules.amount(Forms.BonusForm.class, new BigDecimal("250.50"))).doesNotThrowAnyException();
    }

    @Test
    void onlyRolesWithSignalsInTheMunicipalitySeeSignalsAndOnlyCaseworkersRecordThem() {
        CurrentUser caseworker = user(Role.CASEWORKER);
        CurrentUser analyst = user(Role.ANALYST);
        CurrentUser jobcoach = user(Role.JOBCOACH);
        CurrentUser accountManager = user(Role.ACCOUNT_MANAGER);
        assertThat(SignalVisibility.mayRead(caseworker, STEENWIJKERLAND)).isTrue();
        assertThat(SignalVisibility.mayRead(caseworker, new MunicipalityCode("GM0037"))).isFalse();
        assertThat(SignalVisibility.mayRead(analyst, STEENWIJKERLAND)).isTrue();
        assertThat(SignalVisibility.mayRead(jobcoach, STEENWIJKERLAND)).isFalse();
        assertThat(SignalVisibility.mayRead(accountManager, STEENWIJKERLAND)).isFalse();
        assertThat(SignalVisibility.mayWrite(caseworker, STEENWIJKERLAND)).isTrue();
        assertThat(SignalVisibility.mayWrite(analyst, STEENWIJKERLAND)).isFalse();
        assertThatThrownBy(() -> SignalVisibility.requireWrite(jobcoach, STEENWIJKERLAND)).isInstanceOf(AccessDeniedException.class);
    }

    private static CurrentUser user(Role role) {
        return new CurrentUser(UserId.random(), role.name(), role.name(), Map.of(role, Set.of(STEENWIJKERLAND)), null, false);
    }
}
