package nl.opstap.portfolio;

import java.time.Instant;
import nl.opstap.client.ClientId;
import nl.opstap.shared.domain.StaleVersionException;
import nl.opstap.shared.jdbc.SqlValues;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The CV contact details per client, with a version against lost updates. */
@Repository
class CvContacts {

    private final JdbcClient jdbc;

    CvContacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    CvContact of(ClientId client) {
        return jdbc.sql("SELECT email, phone, place, version FROM portfolio_cv_contact WHERE client_id = ?").param(client.value())
                .query((rs, n) -> new CvContact(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4))).optional()
                .orElse(CvContact.none());
    }

    /** Stores the checked details over the version they were made on. */
    void save(ClientId client, CvContact c, Instant now) {
        Integer stored = of(client).version();
        int current = stored == null ? 0 : stored;
        if (c.version() == null || c.version() != current) {
            throw new StaleVersionException("Uw contactgegevens", current);
        }
        int done = current == 0
                ? jdbc.sql("INSERT INTO portfolio_cv_contact (client_id, email, phone, place, version, changed_at) VALUES (?, ?, ?, ?, 1, ?)")
                        .params(client.value(), c.email(), c.phone(), c.place(), SqlValues.timestamp(now)).update()
                : jdbc.sql("UPDATE portfolio_cv_contact SET email = ?, phone = ?, place = ?, version = version + 1, changed_at = ? "
                        + "WHERE client_id = ? AND version = ?").params(c.email(), c.phone(), c.place(), SqlValues.timestamp(now),
                        client.value(), current).update();
        if (done != 1) {
            throw new StaleVersionException("Uw contactgegevens", current);
        }
    }
}
