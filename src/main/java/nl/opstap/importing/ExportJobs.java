package nl.opstap.importing;

import static nl.opstap.shared.jdbc.SqlValues.instant;
import static nl.opstap.shared.jdbc.SqlValues.timestamp;
import static nl.opstap.shared.jdbc.SqlValues.uuid;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.opstap.access.UserId;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.organisation.OrganisationId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The migration export jobs and their encrypted files (tables export_job, export_file). */
@Repository
class ExportJobs {

    /** Reads a stored file's (encrypted) bytes as a stream, while the result set is open. */
    interface FileReader {
        void read(InputStream content) throws IOException;
    }

    private static final String COLUMNS = "id, organisation_id, municipalities, status, started_by, started_by_name, total_count, done_count, "
            + "created_at, heartbeat_at, finished_at, file_bytes, failure";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ExportJobs(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    void insert(ExportJob j) {
        jdbc.sql("INSERT INTO export_job (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(j.id(), j.organisation().value(), String.join(",", j.municipalities().stream().map(MunicipalityCode::value).toList()),
                        j.status().name(), j.startedBy().value(), j.startedByName(), j.total(), j.done(), timestamp(j.createdAt()),
                        timestamp(j.heartbeatAt()), timestamp(j.finishedAt()), j.fileBytes(), j.failure())
                .update();
    }

    Optional<ExportJob> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM export_job WHERE id = ?").param(id).query(ExportJobs::map).optional();
    }

    /** The newest jobs of the organisations, at most limit. */
    List<ExportJob> recent(List<OrganisationId> organisations, int limit) {
        if (organisations.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM export_job WHERE organisation_id IN (:orgs) ORDER BY created_at DESC LIMIT :limit")
                .param("orgs", organisations.stream().map(OrganisationId::value).toList()).param("limit", limit)
                .query(ExportJobs::map).list();
    }

    /** Progress and heartbeat of a running job; false when it is no longer running (e.g. marked failed as stale). */
    boolean progress(UUID id, int done, int total, Instant now) {
        return jdbc.sql("UPDATE export_job SET done_count = ?, total_count = ?, heartbeat_at = ? WHERE id = ? AND status = 'RUNNING'")
                .params(done, total, timestamp(now), id).update() == 1;
    }

    /** Stores the encrypted file and marks the job done, if it is still running. */
    boolean finish(UUID id, InputStream encrypted, long length, int done, Instant now) {
        template.update("INSERT INTO export_file (job_id, content, created_at) VALUES (?, ?, ?)", ps -> {
            ps.setObject(1, id);
            ps.setBinaryStream(2, encrypted, length);
            ps.setObject(3, timestamp(now));
        });
        return jdbc.sql("""
                UPDATE export_job SET status = 'DONE', done_count = ?, total_count = ?, heartbeat_at = ?, finished_at = ?, file_bytes = ?
                WHERE id = ? AND status = 'RUNNING'""")
                .params(done, done, timestamp(now), timestamp(now), length, id).update() == 1;
    }

    void fail(UUID id, String reason, Instant now) {
        jdbc.sql("UPDATE export_job SET status = 'FAILED', failure = ?, finished_at = ? WHERE id = ? AND status = 'RUNNING'")
                .params(reason, timestamp(now), id).update();
        jdbc.sql("DELETE FROM export_file WHERE job_id = ?").param(id).update();
    }

    /** Marks running jobs whose heartbeat is older than the cutoff as failed; returns how many. */
    int failStale(Instant cutoff, String reason, Instant now) {
        return jdbc.sql("UPDATE export_job SET status = 'FAILED', failure = ?, finished_at = ? WHERE status = 'RUNNING' AND heartbeat_at < ?")
                .params(reason, timestamp(now), timestamp(cutoff)).update();
    }

    /** Removes the files made before the cutoff and marks their jobs expired; returns how many files. */
    int expire(Instant cutoff) {
        int removed = jdbc.sql("DELETE FROM export_file WHERE created_at < ?").param(timestamp(cutoff)).update();
        jdbc.sql("UPDATE export_job SET status = 'EXPIRED' WHERE status = 'DONE' AND created_at < ?").param(timestamp(cutoff)).update();
        return removed;
    }

    /** Streams the stored file to the reader; false when there is none. */
    boolean readFile(UUID id, FileReader reader) {
        Boolean found = template.query("SELECT content FROM export_file WHERE job_id = ?", rs -> {
            if (!rs.next()) {
                return false;
            }
            try (InputStream in = rs.getBinaryStream(1)) {
                reader.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return true;
        }, id);
        return Boolean.TRUE.equals(found);
    }

    private static ExportJob map(ResultSet rs, int row) throws SQLException {
        Long bytes = rs.getObject("file_bytes", Long.class);
        return new ExportJob(uuid(rs, "id"), new OrganisationId(uuid(rs, "organisation_id")),
                Arrays.stream(rs.getString("municipalities").split(",")).filter(s -> !s.isBlank()).map(MunicipalityCode::new).toList(),
                ExportStatus.valueOf(rs.getString("status")), new UserId(uuid(rs, "started_by")), rs.getString("started_by_name"),
                rs.getInt("total_count"), rs.getInt("done_count"), instant(rs, "created_at"), instant(rs, "heartbeat_at"),
                instant(rs, "finished_at"), bytes, rs.getString("failure"));
    }
}
