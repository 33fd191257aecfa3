package nl.opstap.diagnosis;

import nl.opstap.client.ClientId;
import nl.opstap.client.PersonalDataEraser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Anonymising a file (ADR 0021): facts, ZRM scores, tests (type, date, category) and occupations stay as codes and
 * dates (the reports count situation, perspective, ladder and sectors); the free texts go: a test's result and every
 * correction's reason.
 */
@Component
class DiagnosisAnonymisation implements PersonalDataEraser {

    private final JdbcClient jdbc;

    DiagnosisAnonymisation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int erase(ClientId client) {
        int changed = jdbc.sql("UPDATE diagnosis_test SET result = ? WHERE client_id = ?").params(PLACEHOLDER, client.value()).update();
        for (String table : new String[] {"diagnosis_fact", "zrm_assessment", "diagnosis_test", "diagnosis_occupation"}) {
            changed += jdbc.sql("UPDATE " + table + " SET correction_reason = ? WHERE client_id = ? AND correction_reason IS NOT NULL")
                    .params(PLACEHOLDER, client.value()).update();
        }
        return changed;
    }
}
