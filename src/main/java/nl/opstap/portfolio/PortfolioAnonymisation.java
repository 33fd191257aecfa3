package nl.opstap.portfolio;

import nl.opstap.client.ClientId;
import nl.opstap.client.PersonalDataEraser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Anonymising a file (ADR 0021): the e-portfolio (entries, comments, documents, cv contact data), the published profile
 * and the consents are removed; nothing of it is counted in a report. An employer's contact requests stay as rows (the
 * employer's own history), without the messages and notes.
 */
@Component
class PortfolioAnonymisation implements PersonalDataEraser {

    private final JdbcClient jdbc;

    PortfolioAnonymisation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int erase(ClientId client) {
        int changed = 0;
        for (String table : new String[] {"portfolio_entry", "portfolio_comment", "portfolio_document", "portfolio_cv_contact",
                "profile", "profile_consent"}) {
            changed += jdbc.sql("DELETE FROM " + table + " WHERE client_id = ?").param(client.value()).update();
        }
        changed += jdbc.sql("""
                UPDATE contact_request_step SET note = NULL
                WHERE note IS NOT NULL AND request_id IN (SELECT id FROM contact_request WHERE client_id = ?)""")
                .param(client.value()).update();
        changed += jdbc.sql("UPDATE contact_request SET message = NULL WHERE client_id = ? AND message IS NOT NULL")
                .param(client.value()).update();
        return changed;
    }
}
