package nl.opstap.portfolio;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.opstap.access.Access;
import nl.opstap.audit.LogEntry;
import nl.opstap.audit.LogSubject;
import nl.opstap.audit.Outcome;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.audit.ProcessingActivity;
import nl.opstap.audit.ProcessingLog;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientRef;
import nl.opstap.shared.domain.PageResult;
import nl.opstap.shared.domain.Paging;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Component;

/** The signed-in job seeker's own file and its processing log, for the privacy pages and API (each a logged read). */
@Component
class OwnFileReads {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private final ClientDirectory directory;
    private final ProcessingLog log;

    OwnFileReads(ClientDirectory directory, ProcessingLog log) {
        this.directory = directory;
        this.log = log;
    }

    ClientRef own(Access access) {
        ClientRef me = directory.ownFile(access, ProcessingActivity.OWN_FILE, ProcessingAction.READ);
        log.record(access, ProcessingActivity.OWN_FILE, ProcessingAction.READ, Outcome.SUCCESS,
                List.of(new LogSubject(me.id().value(), me.municipality())));
        return me;
    }

    PageResult<LogEntry> history(Access access, int page) {
        return log.historyOf(own(access).id().value(), Paging.of(Math.max(1, page), 25));
    }

    /** "mijn-gegevens-2026-11-24.json" as an attachment. */
    static String attachment(String extension) {
        return ContentDisposition.attachment().filename("mijn-gegevens-" + LocalDate.now(AMSTERDAM) + "." + extension).build().toString();
    }
}
