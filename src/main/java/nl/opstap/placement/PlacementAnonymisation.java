package nl.opstap.placement;

import nl.opstap.client.ClientId;
import nl.opstap.client.PersonalDataEraser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Anonymising a file (ADR 0021): placements, outflows and re-entries stay as the reports count them; the free texts
 * (why not a higher option, the ending's reason, follow-up outcomes) are replaced.
 */
@Component
class PlacementAnonymisation implements PersonalDataEraser {

    private final JdbcClient jdbc;

    PlacementAnonymisation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int erase(ClientId client) {
        int changed = jdbc.sql("""
                UPDATE placement SET why_not_higher = CASE WHEN why_not_higher IS NULL THEN NULL ELSE :p END,
                       end_reason = CASE WHEN end_reason IS NULL THEN NULL ELSE :p END
                WHERE client_id = :client""").param("p", PLACEHOLDER).param("client", client.value()).update();
        changed += jdbc.sql("""
                UPDATE follow_up SET outcome = :p
                WHERE outcome IS NOT NULL AND placement_id IN (SELECT id FROM placement WHERE client_id = :client)""")
                .param("p", PLACEHOLDER).param("client", client.value()).update();
        return changed;
    }
}
