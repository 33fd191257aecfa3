package nl.opstap.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.testsupport.OpstapIntegrationTest;
import nl.opstap.vacancy.VacancyChanged;
import nl.opstap.vacancy.VacancyId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Another instance's change reaches this instance's index through the change table (ADR 0025). The other instance
 * is played by writing to the database as it would: the vacancy row, then the change record.
 */
@OpstapIntegrationTest
class RemoteChangesIT {

    private static final MatchQuery STEENWIJKERLAND = MatchQuery.of(Set.of(ProfileMapper.municipality(new MunicipalityCode("GM1708"))), 5);

    @Autowired JdbcClient jdbc;
    @Autowired MatchingIndex index;
    @Autowired ApplicationEventPublisher events;

    @Test
    void aVacancyClosedByAnotherInstanceLeavesThisIndexWithinASecond() throws Exception {
        UUID id = jdbc.sql("SELECT id FROM vacancy WHERE status = 'OPEN' AND municipality_code = 'GM1708' ORDER BY id")
                .query(UUID.class).list().stream().filter(this::indexed).findFirst().orElseThrow();
        jdbc.sql("UPDATE vacancy SET status = 'CLOSED' WHERE id = ?").param(id).update();
        try {
            Thread.sleep(600);
            assertThat(indexed(id)).as("nothing told this instance yet").isTrue();
            recordAsAnotherInstance(id);
            assertThat(millisUntil(() -> !indexed(id), 5_000)).isLessThan(1_000);
        } finally {
            jdbc.sql("UPDATE vacancy SET status = 'OPEN' WHERE id = ?").param(id).update();
            recordAsAnotherInstance(id);
        }
        assertThat(millisUntil(() -> indexed(id), 5_000)).isLessThan(1_000);
    }

    @Test
    void aChangeAppliedHereIsRecordedForTheOtherInstances() {
        UUID id = jdbc.sql("SELECT id FROM vacancy WHERE status = 'OPEN' ORDER BY id DESC LIMIT 1").query(UUID.class).single();
        long before = recorded(id);
        events.publishEvent(new VacancyChanged(new VacancyId(id)));
        assertThat(recorded(id)).isEqualTo(before + 1);
    }

    private boolean indexed(UUID vacancy) {
        try {
            index.candidatesFor(new VacancyId(vacancy), STEENWIJKERLAND);
            return true;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    private void recordAsAnotherInstance(UUID vacancy) {
        jdbc.sql("INSERT INTO instance_change (topic, subject, instance_id) VALUES (?, ?, ?)")
                .params(IndexBroadcast.VACANCY, vacancy.toString(), "andere-instantie").update();
    }

    private long recorded(UUID vacancy) {
        return jdbc.sql("SELECT COUNT(*) FROM instance_change WHERE topic = ? AND subject = ?")
                .params(IndexBroadcast.VACANCY, vacancy.toString()).query(Long.class).single();
    }

    private static long millisUntil(BooleanSupplier condition, long limit) throws InterruptedException {
        long start = System.nanoTime();
        while (!condition.getAsBoolean() && (System.nanoTime() - start) / 1_000_000 < limit) {
            Thread.sleep(20);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }
}
