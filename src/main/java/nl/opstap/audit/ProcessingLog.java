package nl.opstap.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.Permission;
import nl.opstap.access.Role;
import nl.opstap.shared.crypto.DataKeys;
import nl.opstap.shared.crypto.KeyedHash;
import nl.opstap.shared.domain.PageResult;
import nl.opstap.shared.domain.Paging;
import nl.opstap.shared.web.RequestIdFilter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the processing log. Called inside the transaction that reads or changes the data, so an
 * entry exists exactly when the processing happened: a change and its entry commit together.
 */
@Service
public class ProcessingLog {

    private final LogEntries entries;
    private final KeyedHash pseudonyms;
    private final Clock clock;

    ProcessingLog(LogEntries entries, DataKeys keys, Clock clock) {
        this.entries = entries;
        this.pseudonyms = new KeyedHash(keys, "processing-log-subject");
        this.clock = clock;
    }

    /** Records one processing of the data of each subject (one entry per subject). */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(Access access, ProcessingActivity activity, ProcessingAction action, Outcome outcome,
                       List<LogSubject> subjects) {
        if (subjects.isEmpty()) {
            return;
        }
        LogEntries.Head head = entries.lockHead();
        long seq = head.lastSeq();
        String hash = head.lastHash();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<LogEntries.StoredLink> links = new ArrayList<>(subjects.size());
        for (LogSubject subject : subjects) {
            seq++;
            ChainLink link = new ChainLink(seq, UUID.randomUUID(), now, access.user().id().value(),
                    access.user().username(), roleName(access, subject), activity.id(), action.name(),
                    pseudonymOf(subject.clientId()), subject.municipality().value(), outcome.name(),
                    access.channel().name(), RequestIdFilter.current(), hash);
            hash = link.hash();
            links.add(new LogEntries.StoredLink(link, hash));
        }
        entries.append(links);
        entries.moveHead(seq, hash);
    }

    /** Records a refused or failed attempt in its own transaction, so it survives the caller's rollback. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRefusal(Access access, ProcessingActivity activity, ProcessingAction action, Outcome outcome,
                              LogSubject subject) {
        record(access, activity, action, outcome, List.of(subject));
    }

    /**
     * The log's own retention (ADR 0021): removes every entry written before the cutoff, as one prefix of the chain
     * whose last hash is kept as anchor, so the rest still verifies. Serialised with writers through the head's lock.
     */
    @Transactional
    public long removeWrittenBefore(Instant cutoff) {
        entries.lockHead();
        LogEntries.Head anchor = entries.anchor();
        return entries.lastWrittenBefore(cutoff).filter(last -> last.lastSeq() > anchor.lastSeq())
                .map(last -> entries.removeThrough(last, cutoff, clock.instant())).orElse(0L);
    }

    /** Who viewed or changed this client's file, newest first. */
    @Transactional(readOnly = true)
    public PageResult<LogEntry> historyOf(UUID clientId, Paging paging) {
        return entries.ofSubject(pseudonymOf(clientId), paging);
    }

    String pseudonymOf(UUID clientId) {
        return pseudonyms.of(clientId.toString()).substring(0, 32);
    }

    private static String roleName(Access access, LogSubject subject) {
        if (access.permission() == Permission.OWN_FILE) {
            return Role.JOB_SEEKER.name();
        }
        return access.user().roleFor(access.permission(), subject.municipality()).map(Enum::name).orElse(null);
    }
}
