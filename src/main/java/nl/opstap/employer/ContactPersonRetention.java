package nl.opstap.employer;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.audit.Outcome;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.audit.ProcessingActivity;
import nl.opstap.audit.ProcessingLog;
import nl.opstap.organisation.MunicipalityCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retention of contact persons (ADR 0021), for the retention job: a contact person who left the company more than the
 * retention period ago keeps their row (contact moments still refer to it) but loses name, role, phone and e-mail.
 * Each change is in the processing log with the employer as subject, like every other change of a contact person.
 */
@Component
public class ContactPersonRetention {

    /** The name shown instead, on the employer's page and with the contact moments that named them. */
    static final String PLACEHOLDER = "Contactpersoon (geanonimiseerd)";

    private final JdbcClient jdbc;
    private final ProcessingLog processingLog;
    private final Clock clock;

    ContactPersonRetention(JdbcClient jdbc, ProcessingLog processingLog, Clock clock) {
        this.jdbc = jdbc;
        this.processingLog = processingLog;
        this.clock = clock;
    }

    /** Anonymises every contact person who left before {@code leftBefore}, at most {@code limit}; returns how many. */
    @Transactional
    public int anonymiseLeftBefore(Access access, Instant leftBefore, int limit) {
        List<Left> expired = jdbc.sql("""
                SELECT c.id, c.employer_id, e.municipality_code FROM employer_contact c JOIN employer e ON e.id = c.employer_id
                WHERE c.active = FALSE AND c.anonymised_at IS NULL AND c.inactive_since < ? ORDER BY c.inactive_since, c.id LIMIT ?""")
                .params(Timestamp.from(leftBefore), limit).query((rs, n) -> new Left(rs.getObject(1, UUID.class),
                        new EmployerId(rs.getObject(2, UUID.class)), new MunicipalityCode(rs.getString(3))))
                .list();
        Instant now = clock.instant();
        for (Left contact : expired) {
            jdbc.sql("""
                    UPDATE employer_contact SET name = ?, role = NULL, phone = NULL, email = NULL, anonymised_at = ?,
                    version = version + 1, updated_at = ? WHERE id = ? AND anonymised_at IS NULL""")
                    .params(PLACEHOLDER, Timestamp.from(now), Timestamp.from(now), contact.id()).update();
            processingLog.record(access, ProcessingActivity.EMPLOYER_CRM, ProcessingAction.UPDATE, Outcome.SUCCESS,
                    List.of(EmployerService.subject(contact.employer(), contact.municipality())));
        }
        return expired.size();
    }

    private record Left(UUID id, EmployerId employer, MunicipalityCode municipality) {}
}
