package nl.opstap.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;
import nl.opstap.client.ClientId;
import nl.opstap.client.FileState;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.shared.domain.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class RetentionRulesTest {

    private static final LocalDate CLOSED = LocalDate.of(2015, 3, 31);

    private static FileState file(boolean running, @Nullable LocalDate lastEnd, boolean anonymised) {
        return new FileState(new ClientId(UUID.randomUUID()), new MunicipalityCode("GM1708"), running, lastEnd,
                LocalDate.of(2016, 1, 10), anonymised);
    }

    @Test
    void aFileClosesWhenItsLastBenefitPeriodEnds() {
        assertThat(FileClosing.closedOn(file(false, CLOSED, false))).contains(CLOSED);
    }

    @Test
    void aFileWithARunningBenefitIsOpen() {
        assertThat(FileClosing.closedOn(file(true, CLOSED, false))).isEmpty();
    }

    @Test
    void aFileWithoutAnyBenefitClosesOnItsLastChange() {
        assertThat(FileClosing.closedOn(file(false, null, false))).contains(LocalDate.of(2016, 1, 10));
    }

    @Test
    void anAnonymisedFileHasNothingLeftToClose() {
        assertThat(FileClosing.closedOn(file(false, CLOSED, true))).isEmpty();
    }

    @Test
    void aClientFileExpiresOnTheDayTenYearsAfterClosingNotBefore() {
        RetentionPeriod period = new RetentionSettings(null, null, null, null).clientFilePeriod();
        assertThat(period.expiresOn(CLOSED)).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(period.expired(CLOSED, LocalDate.of(2025, 3, 30))).isFalse();
        assertThat(period.expired(CLOSED, LocalDate.of(2025, 3, 31))).isTrue();
        assertThat(period.latestExpiredStart(LocalDate.of(2025, 3, 31))).isEqualTo(CLOSED);
    }

    @Test
    void eachKindKeepsItsOwnConfiguredPeriod() {
        RetentionSettings settings = new RetentionSettings(Period.ofYears(7), Period.ofMonths(18), Period.ofMonths(30), 10);
        assertThat(settings.clientFilePeriod().expired(CLOSED, LocalDate.of(2022, 3, 31))).isTrue();
        assertThat(settings.processingLogPeriod().expiresOn(CLOSED)).isEqualTo(LocalDate.of(2016, 9, 30));
        assertThat(settings.contactPersonPeriod().expiresOn(CLOSED)).isEqualTo(LocalDate.of(2017, 9, 30));
        assertThat(settings.maxFilesPerRun()).isEqualTo(10);
    }

    @Test
    void aContactPersonWhoLeftIsKeptTwoYearsByDefault() {
        RetentionPeriod period = new RetentionSettings(null, null, null, null).contactPersonPeriod();
        assertThat(period.expiresOn(CLOSED)).isEqualTo(LocalDate.of(2017, 3, 31));
    }

    @Test
    void aPeriodMustBePositive() {
        assertThatThrownBy(() -> new RetentionSettings(Period.ZERO, null, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetentionSettings(null, Period.ofYears(-1), null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetentionSettings(null, null, Period.ofDays(-1), null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetentionSettings(null, null, null, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void erasureOnRequestIsRefusedWhileABenefitRunsAndOnceDone() {
        assertThatThrownBy(() -> ErasureRule.check(file(true, null, false))).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("nog open");
        assertThatThrownBy(() -> ErasureRule.check(file(false, CLOSED, true))).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("al geanonimiseerd");
        ErasureRule.check(file(false, CLOSED, false));
    }
}
