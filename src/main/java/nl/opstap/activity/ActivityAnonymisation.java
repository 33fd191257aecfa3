package nl.opstap.activity;

import nl.opstap.client.ClientId;
import nl.opstap.client.PersonalDataEraser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Anonymising a file (ADR 0021): participations keep activity, dates, result and dropout reason; notes and certificate text go. */
@Component
class ActivityAnonymisation implements PersonalDataEraser {

    private final JdbcClient jdbc;

    ActivityAnonymisation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int erase(ClientId client) {
        return jdbc.sql("""
                UPDATE participation SET notes = NULL, certificate_description = NULL
                WHERE client_id = ? AND (notes IS NOT NULL OR certificate_description IS NOT NULL)""")
                .param(client.value()).update();
    }
}
