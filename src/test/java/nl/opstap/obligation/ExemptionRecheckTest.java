package nl.opstap.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.opstap.shared.domain.RuleViolation;
import org.junit.jupiter.api.Test;

class ExemptionRecheckTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    final Records.Exemption exemption = new Records.Exemption(UUID.randomUUID(), ObligationKind.ARBEIDSVERPLICHTING,
            ExemptionReason.MEDISCH, TODAY.minusMonths(6), null, TODAY.minusDays(3), null, Instant.now(), null);

    static Forms.RecheckForm extend(LocalDate on, LocalDate next) {
        return new Forms.RecheckForm(on, RecheckOutcome.VERLENGD, next, null);
    }

    static Forms.RecheckForm end(LocalDate on, LocalDate ends) {
        return new Forms.RecheckForm(on, RecheckOutcome.BEEINDIGD, null, ends);
    }

    @Test
    void anExtensionSetsTheNextRecheckAndNoLongerPends() {
        ExemptionRecheck.Result result = ExemptionRecheck.apply(exemption, extend(TODAY, TODAY.plusMonths(6)), TODAY);
        assertThat(result.recheckOn()).isEqualTo(TODAY.plusMonths(6));
        assertThat(result.validUntil()).isEmpty();
        var after = new Records.Exemption(exemption.id(), exemption.obligationKind(), exemption.reason(), exemption.validFrom(), null,
                result.recheckOn(), null, exemption.recordedAt(), result.lastRecheckedOn());
        assertThat(exemption.recheckPending()).isTrue();
        assertThat(after.recheckPending()).isTrue(); // the next one is pending again, but only from its own date
        var ended = ExemptionRecheck.apply(exemption, end(TODAY, TODAY), TODAY);
        assertThat(ended.validUntil()).contains(TODAY);
        assertThat(new Records.Exemption(exemption.id(), exemption.obligationKind(), exemption.reason(), exemption.validFrom(), TODAY,
                ended.recheckOn(), null, exemption.recordedAt(), ended.lastRecheckedOn()).recheckPending()).isFalse();
    }

    @Test
    void refusesImpossibleRechecks() {
        assertField(() -> ExemptionRecheck.apply(exemption, extend(TODAY.plusDays(1), TODAY.plusMonths(6)), TODAY), "recheckedOn");
        assertField(() -> ExemptionRecheck.apply(exemption, extend(TODAY.minusYears(1), TODAY.plusMonths(6)), TODAY), "recheckedOn");
        assertField(() -> ExemptionRecheck.apply(exemption, extend(TODAY, TODAY), TODAY), "nextRecheckOn");
        assertField(() -> ExemptionRecheck.apply(exemption, extend(TODAY, TODAY.plusYears(6)), TODAY), "nextRecheckOn");
        assertField(() -> ExemptionRecheck.apply(exemption, new Forms.RecheckForm(TODAY, RecheckOutcome.VERLENGD, null, null), TODAY),
                "nextRecheckOn");
        assertField(() -> ExemptionRecheck.apply(exemption, end(TODAY, null), TODAY), "endsOn");
        assertField(() -> ExemptionRecheck.apply(exemption, end(TODAY, TODAY.minusYears(1)), TODAY), "endsOn");
        var ended = new Records.Exemption(exemption.id(), exemption.obligationKind(), exemption.reason(), exemption.validFrom(),
                TODAY.minusMonths(1), TODAY.minusDays(3), null, exemption.recordedAt(), null);
        assertField(() -> ExemptionRecheck.apply(ended, extend(TODAY, TODAY.plusMonths(3)), TODAY), "recheckedOn");
    }

    private static void assertField(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.violations().getFirst().field()).isEqualTo(field));
    }
}
