package nl.opstap.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.opstap.access.UserId;
import nl.opstap.shared.domain.RuleViolation;
import org.junit.jupiter.api.Test;

class BenefitHistoryTest {

    private static final UserId BY = new UserId(UUID.randomUUID());
    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private final BenefitHistory history = new BenefitHistory(List.of());

    @Test
    void aNewStatusClosesTheCurrentOneOnItsStartDate() {
        history.start(BenefitStatus.RECIPIENT, LocalDate.of(2020, 1, 1), NOW, BY);
        history.start(BenefitStatus.NON_RECIPIENT, LocalDate.of(2023, 6, 1), NOW, BY);

        assertThat(history.periods()).extracting(BenefitPeriod::status, BenefitPeriod::from, BenefitPeriod::to)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(BenefitStatus.RECIPIENT, LocalDate.of(2020, 1, 1), LocalDate.of(2023, 6, 1)),
                        org.assertj.core.groups.Tuple.tuple(BenefitStatus.NON_RECIPIENT, LocalDate.of(2023, 6, 1), null));
        assertThat(history.statusOn(LocalDate.of(2023, 5, 31))).contains(BenefitStatus.RECIPIENT);
        assertThat(history.statusOn(LocalDate.of(2023, 6, 1))).contains(BenefitStatus.NON_RECIPIENT);
        assertThat(history.statusOn(LocalDate.of(2019, 12, 31))).isEmpty();
    }

    @Test
    void endingTheBenefitLeavesNoStatusFromThatDay() {
        history.start(BenefitStatus.RECIPIENT, LocalDate.of(2020, 1, 1), NOW, BY);
        history.end(LocalDate.of(2024, 3, 1));

        assertThat(history.statusOn(LocalDate.of(2024, 2, 29))).contains(BenefitStatus.RECIPIENT);
        assertThat(history.statusOn(LocalDate.of(2024, 3, 1))).isEmpty();
    }

    @Test
    void refusesAStartBeforeOrOnTheCurrentStart() {
        history.start(BenefitStatus.RECIPIENT, LocalDate.of(2020, 1, 1), NOW, BY);

        assertThatThrownBy(() -> history.start(BenefitStatus.PARTNER, LocalDate.of(2020, 1, 1), NOW, BY))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("na de ingangsdatum");
    }

    @Test
    void refusesTheSameStatusAgainAndEndingWhatIsNotRunning() {
        history.start(BenefitStatus.RECIPIENT, LocalDate.of(2020, 1, 1), NOW, BY);
        assertThatThrownBy(() -> history.start(BenefitStatus.RECIPIENT, LocalDate.of(2021, 1, 1), NOW, BY))
                .isInstanceOf(RuleViolation.class);
        history.end(LocalDate.of(2022, 1, 1));
        assertThatThrownBy(() -> history.end(LocalDate.of(2023, 1, 1))).isInstanceOf(RuleViolation.class);
    }
}
