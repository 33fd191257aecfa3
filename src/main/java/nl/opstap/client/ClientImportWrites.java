package nl.opstap.client;

import static nl.opstap.shared.jdbc.SqlValues.timestamp;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.opstap.access.UserId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

/**
 * Inserts many new clients with their first benefit status and caseworker in JDBC batches (one per table per
 * thousand rows): the same rows {@link Clients#insert} writes one by one.
 */
@Repository
class ClientImportWrites {

    private static final int BATCH = 1000;

    private final NamedParameterJdbcTemplate named;
    private final JdbcTemplate jdbc;
    private final BsnProtection bsns;

    ClientImportWrites(NamedParameterJdbcTemplate named, JdbcTemplate jdbc, BsnProtection bsns) {
        this.named = named;
        this.jdbc = jdbc;
        this.bsns = bsns;
    }

    void insert(List<Client> clients, UserId by, Instant now) {
        for (int from = 0; from < clients.size(); from += BATCH) {
            List<Client> chunk = clients.subList(from, Math.min(clients.size(), from + BATCH));
            named.batchUpdate(Clients.INSERT, chunk.stream().map(c -> (SqlParameterSource) ClientParameters.of(c, bsns, by, now))
                    .toArray(SqlParameterSource[]::new));
            List<Object[]> benefits = new ArrayList<>();
            List<Object[]> caseworkers = new ArrayList<>();
            for (Client c : chunk) {
                c.benefitPeriods().forEach(p -> benefits.add(new Object[] {c.id().value(), p.status().name(), p.from(), p.to(),
                        timestamp(p.recordedAt()), by.value()}));
                c.caseworkerHistory().forEach(a -> caseworkers.add(new Object[] {c.id().value(), a.caseworker().value(), a.from(),
                        a.to(), timestamp(a.recordedAt()), by.value()}));
            }
            if (!benefits.isEmpty()) {
                jdbc.batchUpdate("""
                        INSERT INTO client_benefit_status (client_id, status, valid_from, valid_to, recorded_at, recorded_by)
                        VALUES (?, ?, ?, ?, ?, ?)""", benefits);
            }
            if (!caseworkers.isEmpty()) {
                jdbc.batchUpdate("""
                        INSERT INTO client_caseworker (client_id, caseworker_id, valid_from, valid_to, recorded_at, recorded_by)
                        VALUES (?, ?, ?, ?, ?, ?)""", caseworkers);
            }
        }
    }
}
