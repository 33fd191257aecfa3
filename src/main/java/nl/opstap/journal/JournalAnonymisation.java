package nl.opstap.journal;

import nl.opstap.client.ClientId;
import nl.opstap.client.PersonalDataEraser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Anonymising a file (ADR 0021): every revision's subject, text and reason go; the entries, types and dates stay. */
@Component
class JournalAnonymisation implements PersonalDataEraser {

    private final JdbcClient jdbc;

    JournalAnonymisation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int erase(ClientId client) {
        return jdbc.sql("""
                UPDATE journal_revision SET subject = NULL, body = :placeholder, reason = NULL
                WHERE entry_id IN (SELECT id FROM journal_entry WHERE client_id = :client)""")
                .param("placeholder", PLACEHOLDER).param("client", client.value()).update();
    }
}
