package nl.opstap.workshop;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.opstap.access.Scope;
import nl.opstap.access.UserId;
import nl.opstap.client.ClientId;
import nl.opstap.diagnosis.AssessmentCategory;
import nl.opstap.employer.EmployerId;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.shared.domain.PageResult;
import nl.opstap.shared.domain.Paging;
import nl.opstap.shared.jdbc.SqlValues;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The workshop and workshop_candidate tables. Workshops are read within a scope; candidates through their workshop. */
@Repository
class WorkshopRows {

    private static final String SELECT = """
            SELECT w.id, w.municipality_code, w.name, w.sector_code, w.partner_id, w.seats, w.start_date, w.end_date, w.version,
                (SELECT COUNT(*) FROM workshop_candidate c WHERE c.workshop_id = w.id) AS candidates,
                (SELECT COUNT(*) FROM workshop_candidate c WHERE c.workshop_id = w.id AND c.status = 'GEPLAATST') AS placed
            FROM workshop w""";

    /** A client's candidacy with the workshop's name, for the client's file. */
    record OfClient(WorkshopId workshop, String name, MunicipalityCode municipality, AssessmentCategory category, LocalDate added,
                    CandidateStatus status, LocalDate since) {}

    private final JdbcClient jdbc;

    WorkshopRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Workshop> find(Scope scope, WorkshopId id) {
        return jdbc.sql(SELECT + " WHERE w.id = :id AND w.municipality_code IN (:scope)").param("id", id.value())
                .param("scope", scope.codes()).query(WorkshopRows::map).optional();
    }

    /** Locks the workshop's row until the transaction ends, so two placements cannot both take the last seat. */
    void lock(WorkshopId id) {
        jdbc.sql("SELECT id FROM workshop WHERE id = ? FOR UPDATE").param(id.value()).query(UUID.class).optional();
    }

    /** The workshops in scope, latest start first. */
    PageResult<Workshop> page(Scope scope, Paging paging) {
        long total = jdbc.sql("SELECT COUNT(*) FROM workshop WHERE municipality_code IN (:scope)").param("scope", scope.codes())
                .query(Long.class).single();
        List<Workshop> rows = jdbc.sql(SELECT + " WHERE w.municipality_code IN (:scope) ORDER BY w.start_date DESC, w.name, w.id "
                        + "LIMIT :size OFFSET :offset")
                .param("scope", scope.codes()).param("size", paging.size()).param("offset", paging.offset()).query(WorkshopRows::map).list();
        return new PageResult<>(rows, paging.page(), paging.size(), total);
    }

    boolean any() {
        return jdbc.sql("SELECT COUNT(*) FROM workshop").query(Long.class).single() > 0;
    }

    void insert(Workshop w, Instant now) {
        jdbc.sql("""
                INSERT INTO workshop (id, municipality_code, name, sector_code, partner_id, seats, start_date, end_date, created_at,
                    updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(w.id().value(), w.municipality().value(), w.name(), w.sector(), w.partner().value(), w.seats(), w.start(), w.end(),
                        SqlValues.timestamp(now), SqlValues.timestamp(now)).update();
    }

    /** Changes the workshop if it still has the expected version; false when someone else changed it first. */
    boolean update(Workshop w, int expectedVersion, Instant now) {
        return jdbc.sql("""
                UPDATE workshop SET name = ?, sector_code = ?, partner_id = ?, seats = ?, start_date = ?, end_date = ?, updated_at = ?,
                    version = version + 1 WHERE id = ? AND version = ?""")
                .params(w.name(), w.sector(), w.partner().value(), w.seats(), w.start(), w.end(), SqlValues.timestamp(now), w.id().value(),
                        expectedVersion).update() == 1;
    }

    List<Candidate> candidates(WorkshopId id) {
        return jdbc.sql("SELECT * FROM workshop_candidate WHERE workshop_id = ? ORDER BY added_on, created_at").param(id.value())
                .query(WorkshopRows::candidate).list();
    }

    Optional<Candidate> candidate(WorkshopId id, ClientId client) {
        return jdbc.sql("SELECT * FROM workshop_candidate WHERE workshop_id = ? AND client_id = ?").params(id.value(), client.value())
                .query(WorkshopRows::candidate).optional();
    }

    void insertCandidate(Candidate c, Instant now, UserId by) {
        jdbc.sql("""
                INSERT INTO workshop_candidate (workshop_id, client_id, category, added_on, status, status_since, created_at, created_by,
                    updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(c.workshop().value(), c.client().value(), c.category().number(), c.added(), c.status().name(), c.since(),
                        SqlValues.timestamp(now), by.value(), SqlValues.timestamp(now), by.value()).update();
    }

    void changeStatus(WorkshopId id, ClientId client, CandidateStatus status, LocalDate since, Instant now, UserId by) {
        jdbc.sql("UPDATE workshop_candidate SET status = ?, status_since = ?, updated_at = ?, updated_by = ? WHERE workshop_id = ? AND client_id = ?")
                .params(status.name(), since, SqlValues.timestamp(now), by.value(), id.value(), client.value()).update();
    }

    /** The client's candidacies, newest first. */
    List<OfClient> ofClient(ClientId client) {
        return jdbc.sql("""
                SELECT w.id, w.name, w.municipality_code, c.category, c.added_on, c.status, c.status_since FROM workshop_candidate c
                JOIN workshop w ON w.id = c.workshop_id WHERE c.client_id = ? ORDER BY c.added_on DESC, w.name""").param(client.value())
                .query((rs, n) -> new OfClient(new WorkshopId(rs.getObject("id", UUID.class)), rs.getString("name"),
                        new MunicipalityCode(rs.getString("municipality_code")), AssessmentCategory.values()[rs.getInt("category") - 1],
                        SqlValues.date(rs, "added_on"), CandidateStatus.valueOf(rs.getString("status")), SqlValues.date(rs, "status_since")))
                .list();
    }

    private static Candidate candidate(ResultSet rs, int n) throws SQLException {
        return new Candidate(new WorkshopId(rs.getObject("workshop_id", UUID.class)), new ClientId(rs.getObject("client_id", UUID.class)),
                AssessmentCategory.values()[rs.getInt("category") - 1], SqlValues.date(rs, "added_on"),
                CandidateStatus.valueOf(rs.getString("status")), SqlValues.date(rs, "status_since"));
    }

    private static Workshop map(ResultSet rs, int n) throws SQLException {
        return new Workshop(new WorkshopId(rs.getObject("id", UUID.class)), new MunicipalityCode(rs.getString("municipality_code")),
                rs.getString("name"), rs.getString("sector_code"), new EmployerId(rs.getObject("partner_id", UUID.class)), rs.getInt("seats"),
                SqlValues.date(rs, "start_date"), SqlValues.date(rs, "end_date"), rs.getInt("candidates"), rs.getInt("placed"),
                rs.getInt("version"));
    }
}
