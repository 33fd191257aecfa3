package nl.opstap.journal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.opstap.access.Access;
import nl.opstap.audit.LogSubject;
import nl.opstap.audit.Outcome;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.audit.ProcessingActivity;
import nl.opstap.audit.ProcessingLog;
import nl.opstap.client.ClientRef;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Imports journal entries (from a former system, or demo data) in one batch, logged as one record. */
@Service
public class JournalImport {

    /** An entry written at a moment in the past, by the importing user. */
    public record Historic(ClientRef client, NewJournalEntry entry, Instant writtenAt) {}

    private final JournalEntries entries;
    private final ProcessingLog log;
    private final Clock clock;

    JournalImport(JournalEntries entries, ProcessingLog log, Clock clock) {
        this.entries = entries;
        this.log = log;
        this.clock = clock;
    }

    public boolean anyStored() {
        return entries.any();
    }

    @Transactional
    public int importAll(Access access, List<Historic> historic) {
        LocalDate today = LocalDate.now(clock);
        List<JournalEntry> written = new ArrayList<>();
        List<LogSubject> subjects = new ArrayList<>();
        for (Historic h : historic) {
            access.requireIn(h.client().municipality());
            written.add(JournalEntry.write(h.client().id(), h.client().municipality(), h.entry(), today, access.user().id(),
                    access.user().displayName(), h.writtenAt()));
            LogSubject subject = new LogSubject(h.client().id().value(), h.client().municipality());
            if (subjects.isEmpty() || !subjects.getLast().equals(subject)) {
                subjects.add(subject);
            }
        }
        entries.save(written);
        log.record(access, ProcessingActivity.JOURNAL, ProcessingAction.CREATE, Outcome.SUCCESS, subjects);
        return written.size();
    }
}
