package nl.opstap.importing;

import static nl.opstap.shared.jdbc.SqlValues.instant;
import static nl.opstap.shared.jdbc.SqlValues.timestamp;
import static nl.opstap.shared.jdbc.SqlValues.uuid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.opstap.access.UserId;
import nl.opstap.organisation.OrganisationId;
import nl.opstap.shared.domain.StaleVersionException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The stored import jobs. A job is found only by its creator: a file of BSNs is nobody else's business. */
@Repository
class ImportJobs {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ImportJobs(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(ImportJob job) {
        jdbc.sql("""
                INSERT INTO import_job (id, organisation_id, kind, file_name, file_format, encoding, separator, headers, status,
                    total_rows, empty_rows, created_by, created_by_name, created_at, heartbeat_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(job.id(), job.organisation().value(), job.kind().name(), job.fileName(), job.format().name(), job.encoding(),
                        job.separator(), json.writeValueAsString(job.headers()), job.status().name(), job.counts().total(),
                        job.counts().empty(), job.createdBy().value(), job.createdByName(), timestamp(job.createdAt()),
                        timestamp(job.createdAt()))
                .update();
    }

    /** Saves the status, settings and counts; refuses when someone (another tab, the watchdog) changed it meanwhile. */
    void save(ImportJob job, Instant now) {
        ImportCounts c = job.counts();
        int updated = jdbc.sql("""
                UPDATE import_job SET settings = ?, status = ?, mode = ?, total_rows = ?, empty_rows = ?, error_rows = ?, new_rows = ?,
                    changed_rows = ?, unchanged_rows = ?, processed_rows = CASE WHEN ? IN ('VALIDATING', 'IMPORTING') THEN 0 ELSE total_rows END,
                    message = ?, heartbeat_at = ?, finished_at = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(job.settings() == null ? null : json.writeValueAsString(job.settings()), job.status().name(),
                        job.mode() == null ? null : job.mode().name(), c.total(), c.empty(), c.errorRows(), c.newRows(), c.changedRows(),
                        c.unchangedRows(), job.status().name(), job.message(), timestamp(now),
                        job.finishedAt() == null ? null : timestamp(job.finishedAt()), job.id(), job.version())
                .update();
        if (updated == 0) {
            throw new StaleVersionException("Deze import", -1);
        }
    }

    Optional<ImportJob> find(UUID id, UserId creator) {
        return jdbc.sql("SELECT * FROM import_job WHERE id = ? AND created_by = ?").params(id, creator.value()).query(this::map).optional();
    }

    Optional<ImportJob> find(UUID id) {
        return jdbc.sql("SELECT * FROM import_job WHERE id = ?").param(id).query(this::map).optional();
    }

    List<ImportJob> recentOf(UserId creator) {
        return jdbc.sql("SELECT * FROM import_job WHERE created_by = ? ORDER BY created_at DESC LIMIT 20")
                .param(creator.value()).query(this::map).list();
    }

    /** The rows done so far; also the sign of life the watchdog looks for. Run in its own short transaction. */
    void progress(UUID id, int processed, Instant now) {
        jdbc.sql("UPDATE import_job SET processed_rows = ?, heartbeat_at = ? WHERE id = ?").params(processed, timestamp(now), id).update();
    }

    int processed(UUID id) {
        return jdbc.sql("SELECT processed_rows FROM import_job WHERE id = ?").param(id).query(Integer.class).optional().orElse(0);
    }

    /** A sign of life for running jobs that a live instance holds (queued or in a long step). */
    void keepAlive(java.util.Collection<UUID> ids, Instant now) {
        if (!ids.isEmpty()) {
            jdbc.sql("UPDATE import_job SET heartbeat_at = :now WHERE id IN (:ids) AND status IN ('VALIDATING', 'IMPORTING')")
                    .param("now", timestamp(now)).param("ids", ids).update();
        }
    }

    /** Marks running jobs without a sign of life since {@code before} as interrupted; returns how many. */
    int interruptStale(Instant before, Instant now) {
        return jdbc.sql("""
                UPDATE import_job SET status = 'INTERRUPTED', finished_at = ?, version = version + 1,
                    message = 'De verwerking is onderbroken (bijvoorbeeld doordat de server opnieuw is gestart). Er is niets van deze stap opgeslagen; start hem opnieuw.'
                WHERE status IN ('VALIDATING', 'IMPORTING') AND heartbeat_at < ?""")
                .params(timestamp(now), timestamp(before)).update();
    }

    private ImportJob map(ResultSet rs, int n) throws SQLException {
        String settings = rs.getString("settings");
        String mode = rs.getString("mode");
        return new ImportJob(uuid(rs, "id"), new OrganisationId(uuid(rs, "organisation_id")), ImportKind.valueOf(rs.getString("kind")),
                rs.getString("file_name"), SourceTable.SourceFormat.valueOf(rs.getString("file_format")), nonNull(rs.getString("encoding")),
                nonNull(rs.getString("separator")), json.readValue(rs.getString("headers"), new TypeReference<List<String>>() {}),
                new UserId(uuid(rs, "created_by")), rs.getString("created_by_name"), instant(rs, "created_at"), rs.getInt("version"),
                settings == null ? null : json.readValue(settings, ImportSettings.class), ImportStatus.valueOf(rs.getString("status")),
                mode == null ? null : ImportMode.valueOf(mode),
                new ImportCounts(rs.getInt("total_rows"), rs.getInt("empty_rows"), rs.getInt("error_rows"), rs.getInt("new_rows"),
                        rs.getInt("changed_rows"), rs.getInt("unchanged_rows")),
                rs.getString("message"), instant(rs, "finished_at"));
    }

    private static String nonNull(@Nullable String value) {
        return value == null ? "" : value;
    }
}
