package nl.opstap.portfolio;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.opstap.client.ClientId;
import nl.opstap.employer.EmployerId;
import nl.opstap.organisation.MunicipalityCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The consent history (table profile_consent): rows are only ever added. */
@Repository
class ConsentRecords {

    private final JdbcClient jdbc;

    ConsentRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ConsentRecord> historyOf(ClientId client) {
        return jdbc.sql("SELECT kind, employer_id, given, recorded_by, recorded_at, seq FROM profile_consent WHERE client_id = ? ORDER BY seq")
                .param(client.value())
                .query((rs, n) -> {
                    UUID employer = rs.getObject(2, UUID.class);
                    return new ConsentRecord(ConsentKind.valueOf(rs.getString(1)), employer == null ? null : new EmployerId(employer),
                            rs.getBoolean(3), rs.getObject(4, UUID.class), rs.getTimestamp(5).toInstant(), rs.getLong(6));
                }).list();
    }

    /** Per client of the scope with a publication consent record: whether its latest one is given. */
    java.util.Map<ClientId, Boolean> publicationStates(nl.opstap.access.Scope scope) {
        java.util.Map<ClientId, Boolean> states = new java.util.HashMap<>();
        jdbc.sql("SELECT client_id, given FROM profile_consent WHERE kind = 'PUBLISH' AND municipality_code IN (:scope) ORDER BY client_id, seq")
                .param("scope", scope.codes())
                .query(rs -> {
                    states.put(new ClientId(rs.getObject(1, UUID.class)), rs.getBoolean(2));
                });
        return states;
    }

    /** Appends a record after the client's latest (call with the client locked, so two changes cannot share a number). */
    void append(ClientId client, MunicipalityCode municipality, ConsentKind kind, @Nullable EmployerId employer, boolean given,
                UUID by, Instant at) {
        long seq = jdbc.sql("SELECT COALESCE(MAX(seq), 0) FROM profile_consent WHERE client_id = ?").param(client.value())
                .query(Long.class).single() + 1;
        jdbc.sql("""
                INSERT INTO profile_consent (id, client_id, municipality_code, kind, employer_id, given, recorded_by, recorded_at, seq)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), client.value(), municipality.value(), kind.name(), employer == null ? null : employer.value(),
                        given, by, Timestamp.from(at), seq).update();
    }
}
