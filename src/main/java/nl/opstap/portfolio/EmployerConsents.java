package nl.opstap.portfolio;

import nl.opstap.client.ClientId;
import nl.opstap.employer.EmployerId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portfolio module's public API on consent, for the matching module: whether a job seeker currently lets a named
 * employer see their personal data. Read by the system; the caller logs what it shows.
 */
@Service
public class EmployerConsents {

    private final ConsentRecords records;

    EmployerConsents(ConsentRecords records) {
        this.records = records;
    }

    @Transactional(readOnly = true)
    public boolean allows(ClientId client, EmployerId employer) {
        return ConsentState.of(records.historyOf(client)).allows(employer);
    }
}
