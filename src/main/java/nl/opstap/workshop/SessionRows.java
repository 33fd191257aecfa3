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
import nl.opstap.employer.EmployerId;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.shared.domain.PageResult;
import nl.opstap.shared.domain.Paging;
import nl.opstap.shared.jdbc.SqlValues;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The agency_session and agency_session_candidate tables. Sessions are read within a scope; candidates through their session. */
@Repository
class SessionRows {

    private static final String SELECT = """
            SELECT s.id, s.municipality_code, s.session_date, s.agency_id, s.description, s.outcome_note, s.outcome_recorded_at, s.version,
                (SELECT COUNT(*) FROM agency_session_candidate c WHERE c.session_id = s.id) AS candidates
            FROM agency_session s""";

    /** A client's proposal to a session, for the client's file. */
    record OfClient(SessionId session, LocalDate date, EmployerId agency, MunicipalityCode municipality, @Nullable AgencyOutcome outcome) {}

    private final JdbcClient jdbc;

    SessionRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Session> find(Scope scope, SessionId id) {
        return jdbc.sql(SELECT + " WHERE s.id = :id AND s.municipality_code IN (:scope)").param("id", id.value())
                .param("scope", scope.codes()).query(SessionRows::map).optional();
    }

    /** Locks the session's row until the transaction ends (proposals and outcomes one at a time). */
    void lock(SessionId id) {
        jdbc.sql("SELECT id FROM agency_session WHERE id = ? FOR UPDATE").param(id.value()).query(UUID.class).optional();
    }

    /** The sessions in scope, newest date first. */
    PageResult<Session> page(Scope scope, Paging paging) {
        long total = jdbc.sql("SELECT COUNT(*) FROM agency_session WHERE municipality_code IN (:scope)").param("scope", scope.codes())
                .query(Long.class).single();
        List<Session> rows = jdbc.sql(SELECT + " WHERE s.municipality_code IN (:scope) ORDER BY s.session_date DESC, s.id LIMIT :size OFFSET :offset")
                .param("scope", scope.codes()).param("size", paging.size()).param("offset", paging.offset()).query(SessionRows::map).list();
        return new PageResult<>(rows, paging.page(), paging.size(), total);
    }

    void insert(Session s, Instant now) {
        jdbc.sql("""
                INSERT INTO agency_session (id, municipality_code, session_date, agency_id, description, created_at, updated_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(s.id().value(), s.municipality().value(), s.date(), s.agency().value(), s.description(), SqlValues.timestamp(now),
                        SqlValues.timestamp(now)).update();
    }

    /** Changes date, agency and description if the session still has the expected version. */
    boolean update(Session s, int expectedVersion, Instant now) {
        return jdbc.sql("UPDATE agency_session SET session_date = ?, agency_id = ?, description = ?, updated_at = ?, version = version + 1 "
                        + "WHERE id = ? AND version = ?")
                .params(s.date(), s.agency().value(), s.description(), SqlValues.timestamp(now), s.id().value(), expectedVersion).update() == 1;
    }

    void recordOutcome(SessionId id, @Nullable String note, Instant now) {
        jdbc.sql("UPDATE agency_session SET outcome_note = ?, outcome_recorded_at = ?, updated_at = ?, version = version + 1 WHERE id = ?")
                .params(note, SqlValues.timestamp(now), SqlValues.timestamp(now), id.value()).update();
    }

    List<SessionCandidate> candidates(SessionId id) {
        return jdbc.sql("SELECT session_id, client_id, outcome FROM agency_session_candidate WHERE session_id = ? ORDER BY created_at")
                .param(id.value()).query(SessionRows::candidate).list();
    }

    boolean isCandidate(SessionId id, ClientId client) {
        return jdbc.sql("SELECT COUNT(*) FROM agency_session_candidate WHERE session_id = ? AND client_id = ?")
                .params(id.value(), client.value()).query(Long.class).single() > 0;
    }

    void insertCandidate(SessionId id, ClientId client, Instant now, UserId by) {
        jdbc.sql("INSERT INTO agency_session_candidate (session_id, client_id, created_at, created_by, updated_at) VALUES (?, ?, ?, ?, ?)")
                .params(id.value(), client.value(), SqlValues.timestamp(now), by.value(), SqlValues.timestamp(now)).update();
    }

    void setOutcome(SessionId id, ClientId client, AgencyOutcome outcome, Instant now) {
        jdbc.sql("UPDATE agency_session_candidate SET outcome = ?, updated_at = ? WHERE session_id = ? AND client_id = ?")
                .params(outcome.name(), SqlValues.timestamp(now), id.value(), client.value()).update();
    }

    boolean any() {
        return jdbc.sql("SELECT COUNT(*) FROM agency_session").query(Long.class).single() > 0;
    }

    /** The client's proposals, newest session first. */
    List<OfClient> ofClient(ClientId client) {
        return jdbc.sql("""
                SELECT s.id, s.session_date, s.agency_id, s.municipality_code, c.outcome FROM agency_session_candidate c
                JOIN agency_session s ON s.id = c.session_id WHERE c.client_id = ? ORDER BY s.session_date DESC""").param(client.value())
                .query((rs, n) -> new OfClient(new SessionId(rs.getObject("id", UUID.class)), SqlValues.date(rs, "session_date"),
                        new EmployerId(rs.getObject("agency_id", UUID.class)), new MunicipalityCode(rs.getString("municipality_code")),
                        outcome(rs.getString("outcome")))).list();
    }

    private static @Nullable AgencyOutcome outcome(@Nullable String value) {
        return value == null ? null : AgencyOutcome.valueOf(value);
    }

    private static SessionCandidate candidate(ResultSet rs, int n) throws SQLException {
        return new SessionCandidate(new SessionId(rs.getObject("session_id", UUID.class)), new ClientId(rs.getObject("client_id", UUID.class)),
                outcome(rs.getString("outcome")));
    }

    private static Session map(ResultSet rs, int n) throws SQLException {
        return new Session(new SessionId(rs.getObject("id", UUID.class)), new MunicipalityCode(rs.getString("municipality_code")),
                SqlValues.date(rs, "session_date"), new EmployerId(rs.getObject("agency_id", UUID.class)), rs.getString("description"),
                rs.getString("outcome_note"), SqlValues.instant(rs, "outcome_recorded_at"), rs.getInt("candidates"), rs.getInt("version"));
    }
}
