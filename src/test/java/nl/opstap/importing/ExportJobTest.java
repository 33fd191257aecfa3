package nl.opstap.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.opstap.access.Scope;
import nl.opstap.access.UserId;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.organisation.OrganisationId;
import org.junit.jupiter.api.Test;

class ExportJobTest {

    private static final MunicipalityCode A = new MunicipalityCode("GM1708");
    private static final MunicipalityCode B = new MunicipalityCode("GM1701");
    private static final Instant T = Instant.parse("2026-11-24T10:00:00Z");

    private static ExportJob job() {
        return ExportJob.start(new OrganisationId(UUID.randomUUID()), Scope.of(List.of(A, B)), new UserId(UUID.randomUUID()), "Beheer", T);
    }

    @Test
    void onlyAScopeHoldingEveryMunicipalitySeesTheJob() {
        assertThat(job().visibleTo(Scope.of(Set.of(A, B, new MunicipalityCode("GM0037"))))).isTrue();
        assertThat(job().visibleTo(Scope.of(Set.of(A)))).isFalse();
        assertThat(job().visibleTo(Scope.of(Set.of()))).isFalse();
    }

    @Test
    void aRunningJobWithoutHeartbeatIsShownAsFailed() {
        ExportJob running = job();
        assertThat(running.shownStatus(T.plus(Duration.ofMinutes(4)), Duration.ofMinutes(5))).isEqualTo(ExportStatus.RUNNING);
        assertThat(running.shownStatus(T.plus(Duration.ofMinutes(6)), Duration.ofMinutes(5))).isEqualTo(ExportStatus.FAILED);
    }

    @Test
    void percentIsWholeAndBounded() {
        ExportJob j = job();
        ExportJob half = new ExportJob(j.id(), j.organisation(), j.municipalities(), ExportStatus.RUNNING, j.startedBy(), j.startedByName(),
                3, 1, T, T, null, null, null);
        assertThat(half.percent()).isEqualTo(33);
        assertThat(j.percent()).isZero();
        assertThat(j.expiresAt()).isEqualTo(T.plus(Duration.ofHours(24)));
    }
}
