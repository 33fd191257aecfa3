package nl.opstap.matching;

import nl.opstap.client.ClientId;
import nl.opstap.client.PersonalDataEraser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Anonymising a file (ADR 0021): pairs and their steps stay (the fairness report counts them); the steps' reasons go. */
@Component
class MatchingAnonymisation implements PersonalDataEraser {

    private final JdbcClient jdbc;

    MatchingAnonymisation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int erase(ClientId client) {
        return jdbc.sql("""
                UPDATE matching_pair_step SET reason = NULL
                WHERE reason IS NOT NULL AND pair_id IN (SELECT id FROM matching_pair WHERE client_id = ?)""")
                .param(client.value()).update();
    }
}
