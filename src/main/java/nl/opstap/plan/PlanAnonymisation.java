package nl.opstap.plan;

import nl.opstap.client.ClientId;
import nl.opstap.client.PersonalDataEraser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Anonymising a file (ADR 0021): every version's content (perspective, goals, agreements, steps) becomes an empty plan
 * and its reason goes; the plans, their statuses and dates stay.
 */
@Component
class PlanAnonymisation implements PersonalDataEraser {

    private static final String EMPTY = "{\"doelen\":[],\"afspraken\":[],\"stappen\":[]}";

    private final JdbcClient jdbc;

    PlanAnonymisation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int erase(ClientId client) {
        return jdbc.sql("""
                UPDATE plan_version SET content = :empty, reason = NULL
                WHERE plan_id IN (SELECT id FROM plan WHERE client_id = :client)""")
                .param("empty", EMPTY).param("client", client.value()).update();
    }
}
