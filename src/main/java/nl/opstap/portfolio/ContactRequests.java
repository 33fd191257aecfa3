package nl.opstap.portfolio;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.opstap.access.Scope;
import nl.opstap.client.ClientId;
import nl.opstap.employer.EmployerId;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.shared.domain.StaleVersionException;
import nl.opstap.vacancy.VacancyId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Contact requests and their steps (tables contact_request, contact_request_step); queries take a scope or an owner. */
@Repository
class ContactRequests {

    private static final String COLUMNS = "id, client_id, profile_number, municipality_code, employer_id, vacancy_id, message, status, "
            + "requested_at, version";

    /** A step with who took it and the note. */
    record Step(ContactStatus status, @Nullable String note, UUID by, Instant at) {}

    private final JdbcClient jdbc;

    ContactRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ContactRequest> find(Scope scope, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM contact_request WHERE id = :id AND municipality_code IN (:scope)")
                .param("id", id).param("scope", scope.codes()).query(ContactRequests::map).optional();
    }

    /** The requests in the scope, active ones first, newest first. */
    List<ContactRequest> inScope(Scope scope, boolean activeOnly) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM contact_request WHERE municipality_code IN (:scope)"
                        + (activeOnly ? " AND status IN ('OPEN', 'FORWARDED')" : "") + " ORDER BY requested_at DESC, id")
                .param("scope", scope.codes()).query(ContactRequests::map).list();
    }

    List<ContactRequest> ofEmployer(EmployerId employer) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM contact_request WHERE employer_id = ? ORDER BY requested_at DESC, id")
                .param(employer.value()).query(ContactRequests::map).list();
    }

    List<ContactRequest> ofClient(ClientId client) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM contact_request WHERE client_id = ? ORDER BY requested_at DESC, id")
                .param(client.value()).query(ContactRequests::map).list();
    }

    boolean hasActive(EmployerId employer, ClientId client) {
        return jdbc.sql("SELECT COUNT(*) FROM contact_request WHERE employer_id = ? AND client_id = ? AND status IN ('OPEN', 'FORWARDED')")
                .params(employer.value(), client.value()).query(Long.class).single() > 0;
    }

    void insert(ContactRequest r, UUID by) {
        jdbc.sql("INSERT INTO contact_request (" + COLUMNS + ", requested_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)")
                .params(r.id(), r.client().value(), r.profileNumber(), r.municipality().value(), r.employer().value(),
                        r.vacancy() == null ? null : r.vacancy().value(), r.message(), r.status().name(), Timestamp.from(r.requestedAt()),
                        by, Timestamp.from(r.requestedAt())).update();
        logStep(r.id(), r.status(), null, by, r.requestedAt());
    }

    /** Stores the moved request if nobody changed it since its version, and logs the step. */
    void advance(ContactRequest moved, @Nullable String note, UUID by, Instant at) {
        int updated = jdbc.sql("UPDATE contact_request SET status = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?")
                .params(moved.status().name(), Timestamp.from(at), moved.id(), moved.version()).update();
        if (updated == 0) {
            throw new StaleVersionException("Dit contactverzoek", moved.version() + 1);
        }
        logStep(moved.id(), moved.status(), note, by, at);
    }

    List<Step> steps(UUID request) {
        return jdbc.sql("SELECT status, note, decided_by, decided_at FROM contact_request_step WHERE request_id = ? ORDER BY decided_at, id")
                .param(request).query((rs, n) -> new Step(ContactStatus.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getObject(3, UUID.class), rs.getTimestamp(4).toInstant())).list();
    }

    private void logStep(UUID request, ContactStatus status, @Nullable String note, UUID by, Instant at) {
        jdbc.sql("INSERT INTO contact_request_step (id, request_id, status, note, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), request, status.name(), note, by, Timestamp.from(at)).update();
    }

    private static ContactRequest map(ResultSet rs, int row) throws SQLException {
        UUID vacancy = rs.getObject("vacancy_id", UUID.class);
        return new ContactRequest(rs.getObject("id", UUID.class), new ClientId(rs.getObject("client_id", UUID.class)),
                rs.getString("profile_number"), new MunicipalityCode(rs.getString("municipality_code")),
                new EmployerId(rs.getObject("employer_id", UUID.class)), vacancy == null ? null : new VacancyId(vacancy),
                rs.getString("message"), ContactStatus.valueOf(rs.getString("status")), rs.getTimestamp("requested_at").toInstant(),
                rs.getInt("version"));
    }
}
