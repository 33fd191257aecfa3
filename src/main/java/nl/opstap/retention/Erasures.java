package nl.opstap.retention;

import static nl.opstap.shared.jdbc.SqlValues.instant;
import static nl.opstap.shared.jdbc.SqlValues.timestamp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.opstap.access.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The record of anonymised files and of the job's runs: ids, municipalities, dates and counts, never a name. */
@Repository
class Erasures {

    /** One run of the job (public accessors for the administrator's page). */
    public record Run(Instant startedAt, Instant finishedAt, int filesChecked, int filesAnonymised, long logEntriesRemoved,
                      int contactPersonsAnonymised) {}

    private final JdbcClient jdbc;

    Erasures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID client, String municipality, ErasureGround ground, @Nullable String reference, @Nullable LocalDate closedOn,
                Instant at, UUID by, String byName) {
        jdbc.sql("""
                INSERT INTO retention_erasure (client_id, municipality_code, ground, reference, closed_on, erased_at, erased_by, erased_by_name)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(client, municipality, ground.name(), reference, closedOn, timestamp(at), by, byName).update();
    }

    void insert(Run run) {
        jdbc.sql("""
                INSERT INTO retention_run (id, started_at, finished_at, files_checked, files_anonymised, log_entries_removed,
                contact_persons_anonymised) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), timestamp(run.startedAt()), timestamp(run.finishedAt()), run.filesChecked(),
                        run.filesAnonymised(), run.logEntriesRemoved(), run.contactPersonsAnonymised()).update();
    }

    Optional<Run> lastRun() {
        return jdbc.sql("SELECT * FROM retention_run ORDER BY started_at DESC LIMIT 1")
                .query((rs, n) -> new Run(instant(rs, "started_at"), instant(rs, "finished_at"), rs.getInt("files_checked"),
                        rs.getInt("files_anonymised"), rs.getLong("log_entries_removed"), rs.getInt("contact_persons_anonymised"))).optional();
    }

    /** Anonymised files per municipality in scope and ground (code → count), for the administrator's page. */
    Map<String, Long> countsByGround(Scope scope) {
        List<Map.Entry<String, Long>> rows = jdbc.sql("""
                SELECT ground, COUNT(*) FROM retention_erasure WHERE municipality_code IN (:scope) GROUP BY ground ORDER BY ground""")
                .param("scope", scope.codes())
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list();
        return rows.stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue,
                (a, b) -> a, java.util.TreeMap::new));
    }
}
