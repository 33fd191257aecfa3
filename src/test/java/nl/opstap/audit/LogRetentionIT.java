package nl.opstap.audit;

import static nl.opstap.testsupport.Fixtures.STADSKANAAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import nl.opstap.access.UserAccounts;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientId;
import nl.opstap.shared.domain.Paging;
import nl.opstap.testsupport.Fixtures;
import nl.opstap.testsupport.OpstapIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The log's own retention (ADR 0021): entries written before a cutoff go as one prefix of the chain, its anchor is kept,
 * the rest still verifies, and nothing else can be removed or changed.
 */
@OpstapIntegrationTest
class LogRetentionIT {

    @Autowired ProcessingLog log;
    @Autowired ChainVerifier verifier;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired UserAccounts accounts;
    @Autowired ClientDirectory clients;

    @Test
    void anExpiredPrefixIsRemovedWithItsAnchorAndTheRestStillVerifies() {
        Fixtures fixtures = new Fixtures(accounts, clients);
        ClientId early = fixtures.client(STADSKANAAL, "Vroeg", Fixtures.unique("Logboek"));
        Instant cutoff = jdbc.sql("SELECT MAX(occurred_at) FROM processing_log").query(java.time.OffsetDateTime.class).single()
                .toInstant().plus(1, ChronoUnit.MICROS);
        while (!clock.instant().isAfter(cutoff)) {
            Thread.onSpinWait(); // the next entry must be written after the cutoff
        }
        ClientId later = fixtures.client(STADSKANAAL, "Later", Fixtures.unique("Logboek"));
        assertThat(verifier.verify().intact()).isTrue();

        long removed = log.removeWrittenBefore(cutoff);

        assertThat(removed).isPositive();
        assertThat(log.historyOf(early.value(), new Paging(1, 10)).content()).isEmpty();
        assertThat(log.historyOf(later.value(), new Paging(1, 10)).content()).isNotEmpty();
        ChainVerifier.Result result = verifier.verify();
        assertThat(result.intact()).isTrue();
        assertThat(result.checked()).isEqualTo(jdbc.sql("SELECT COUNT(*) FROM processing_log WHERE seq <= ?")
                .param(jdbc.sql("SELECT last_seq FROM processing_log_head").query(Long.class).single()).query(Long.class).single());
        assertThat(jdbc.sql("SELECT removed FROM processing_log_anchor ORDER BY through_seq DESC LIMIT 1").query(Long.class).single())
                .isEqualTo(removed);
        assertThat(log.removeWrittenBefore(cutoff)).isZero();

        assertThatThrownBy(() -> jdbc.sql("DELETE FROM processing_log WHERE seq = (SELECT MIN(seq) FROM processing_log)").update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("UPDATE processing_log_anchor SET removed = 0").update()).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM processing_log_anchor").update()).isInstanceOf(DataAccessException.class);
        assertThat(verifier.verify().intact()).isTrue();
    }
}
