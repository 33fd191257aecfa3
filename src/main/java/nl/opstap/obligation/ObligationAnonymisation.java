package nl.opstap.obligation;

import nl.opstap.client.ClientId;
import nl.opstap.client.PersonalDataEraser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Anonymising a file (ADR 0021): the notes of obligations, exemptions and measures, the signals' descriptions and the
 * bonuses' reasons go; kinds, reasons as codes, statuses and dates stay.
 */
@Component
class ObligationAnonymisation implements PersonalDataEraser {

    private final JdbcClient jdbc;

    ObligationAnonymisation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int erase(ClientId client) {
        int changed = 0;
        for (String table : new String[] {"obligation", "exemption", "measure"}) {
            changed += jdbc.sql("UPDATE " + table + " SET note = NULL WHERE client_id = ? AND note IS NOT NULL")
                    .param(client.value()).update();
        }
        changed += jdbc.sql("UPDATE client_signal SET description = ? WHERE client_id = ?").params(PLACEHOLDER, client.value()).update();
        changed += jdbc.sql("UPDATE work_bonus SET reason = ? WHERE client_id = ?").params(PLACEHOLDER, client.value()).update();
        return changed;
    }
}
