package nl.opstap.matching;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.opstap.client.ClientId;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.shared.domain.StaleVersionException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The recorded consents of clients (table matching_consent). */
@Repository
class Consents {

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate batch;

    Consents(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    Optional<Consent> of(ClientId client) {
        return jdbc.sql("SELECT matching, share_with_employers, recorded_on, recorded_by, version FROM matching_consent WHERE client_id = ?")
                .param(client.value()).query((rs, n) -> new Consent(rs.getBoolean(1), rs.getBoolean(2),
                        rs.getObject(3, java.time.LocalDate.class), rs.getObject(4, UUID.class), rs.getInt(5))).optional();
    }

    /** The clients who consent to matching. */
    Map<UUID, Boolean> matchingConsents() {
        return jdbc.sql("SELECT client_id, matching FROM matching_consent").query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getBoolean(2)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Inserts many first consents at once (imports, demo data): client, municipality, consent. */
    void insertAll(List<Object[]> rows, Instant now) {
        List<Object[]> args = rows.stream().map(r -> new Object[] {r[0], r[1], r[2], r[3], r[4], r[5], java.sql.Timestamp.from(now)}).toList();
        batch.batchUpdate("""
                INSERT INTO matching_consent (client_id, municipality_code, matching, share_with_employers, recorded_on,
                    recorded_by, recorded_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, 1)""", args);
    }

    /** Stores the consent; expectedVersion 0 for the first one, otherwise the version the user saw. */
    void save(ClientId client, MunicipalityCode municipality, Consent consent, int expectedVersion, Instant now) {
        int updated = expectedVersion == 0 && of(client).isEmpty()
                ? jdbc.sql("""
                        INSERT INTO matching_consent (client_id, municipality_code, matching, share_with_employers, recorded_on,
                            recorded_by, recorded_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, 1)""")
                        .params(client.value(), municipality.value(), consent.matching(), consent.shareWithEmployers(),
                                consent.givenOn(), consent.recordedBy(), java.sql.Timestamp.from(now)).update()
                : jdbc.sql("""
                        UPDATE matching_consent SET matching = ?, share_with_employers = ?, recorded_on = ?, recorded_by = ?,
                            recorded_at = ?, version = version + 1 WHERE client_id = ? AND version = ?""")
                        .params(consent.matching(), consent.shareWithEmployers(), consent.givenOn(), consent.recordedBy(),
                                java.sql.Timestamp.from(now), client.value(), expectedVersion).update();
        if (updated == 0) {
            throw new StaleVersionException("De toestemming", of(client).map(Consent::version).orElse(0));
        }
    }
}
