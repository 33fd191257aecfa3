package nl.opstap.journal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.opstap.access.Access;
import nl.opstap.access.Permission;
import nl.opstap.audit.LogSubject;
import nl.opstap.audit.Outcome;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.audit.ProcessingActivity;
import nl.opstap.audit.ProcessingLog;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientId;
import nl.opstap.client.ClientRef;
import nl.opstap.shared.domain.NotFoundException;
import nl.opstap.shared.domain.PageResult;
import nl.opstap.shared.domain.Paging;
import nl.opstap.shared.domain.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The journal's use cases: scope checked, entry types filtered by the read rule, every read and write logged. */
@Service
class JournalService {

    /** A page of a client's journal with what the user may do there. */
    record JournalPage(ClientRef client, PageResult<JournalEntry> entries, Set<JournalType> readable, Set<JournalType> writable) {}

    private final ClientDirectory directory;
    private final JournalEntries entries;
    private final ProcessingLog log;
    private final Clock clock;

    JournalService(ClientDirectory directory, JournalEntries entries, ProcessingLog log, Clock clock) {
        this.directory = directory;
        this.entries = entries;
        this.log = log;
        this.clock = clock;
    }

    @Transactional
    JournalPage page(Access access, ClientId id, @Nullable JournalType type, Paging paging) {
        ClientRef client = directory.inScope(access, id, ProcessingActivity.JOURNAL, ProcessingAction.READ);
        Set<JournalType> readable = JournalReadRule.readable(access.user(), client.municipality());
        Set<JournalType> shown = type == null ? readable : readable.contains(type) ? Set.of(type) : Set.of();
        PageResult<JournalEntry> page = entries.page(client.id(), shown, paging);
        logged(access, client, ProcessingAction.READ);
        return new JournalPage(client, page, readable, writable(access, client));
    }

    @Transactional
    JournalEntry read(Access access, ClientId id, JournalEntryId entry) {
        ClientRef client = directory.inScope(access, id, ProcessingActivity.JOURNAL, ProcessingAction.READ);
        JournalEntry found = entries.find(client.id(), entry, JournalReadRule.readable(access.user(), client.municipality()))
                .orElseThrow(() -> new NotFoundException("Journaalregel"));
        logged(access, client, ProcessingAction.READ);
        return found;
    }

    /** The entries the user may read, for the timeline (client already in scope). */
    @Transactional
    List<JournalEntry> readAll(Access access, ClientRef client) {
        List<JournalEntry> all = entries.all(client.id(), JournalReadRule.readable(access.user(), client.municipality()));
        if (!all.isEmpty()) {
            logged(access, client, ProcessingAction.READ);
        }
        return all;
    }

    @Transactional
    JournalEntry write(Access access, ClientId id, NewJournalEntry entry) {
        ClientRef client = directory.inScope(access, id, ProcessingActivity.JOURNAL, ProcessingAction.CREATE);
        if (!writable(access, client).contains(entry.type())) {
            throw RuleViolation.of(NewJournalEntry.class, "type", "notAllowed",
                    "U kunt dit soort journaalregel niet vastleggen bij deze werkzoekende.");
        }
        JournalEntry written = JournalEntry.write(client.id(), client.municipality(), entry, LocalDate.now(clock),
                access.user().id(), access.user().displayName(), clock.instant());
        entries.save(List.of(written));
        logged(access, client, ProcessingAction.CREATE);
        return written;
    }

    @Transactional
    JournalEntry correct(Access access, ClientId id, JournalEntryId entryId, JournalCorrection correction) {
        ClientRef client = directory.inScope(access, id, ProcessingActivity.JOURNAL, ProcessingAction.UPDATE);
        JournalEntry entry = entries.find(client.id(), entryId, JournalReadRule.readable(access.user(), client.municipality()))
                .orElseThrow(() -> new NotFoundException("Journaalregel"));
        entry.correct(correction, access.user().id(), access.user().displayName(), clock.instant());
        entries.save(List.of(entry));
        logged(access, client, ProcessingAction.UPDATE);
        return entry;
    }

    /** The client of an entry just read (already in scope); nothing more is logged. */
    ClientRef clientOf(Access access, ClientId id) {
        return directory.inScope(access, id, ProcessingActivity.JOURNAL, ProcessingAction.READ);
    }

    private static Set<JournalType> writable(Access access, ClientRef client) {
        return access.user().scopeFor(Permission.JOURNAL_WRITE).contains(client.municipality())
                ? JournalReadRule.writable(access.user(), client.municipality()) : Set.of();
    }

    private void logged(Access access, ClientRef client, ProcessingAction action) {
        log.record(access, ProcessingActivity.JOURNAL, action, Outcome.SUCCESS,
                List.of(new LogSubject(client.id().value(), client.municipality())));
    }
}
