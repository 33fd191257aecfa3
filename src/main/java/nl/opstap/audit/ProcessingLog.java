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
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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

    /**
     * Records one processing of the data of each subject (one entry per subject). The entries are appended just
     * before the transaction commits: the chain head is locked for the append and the commit only, not for the rest
     * of the caller's transaction, so concurrent requests queue for milliseconds (issue 10's load test found them
     * queueing for seconds and the connection pool running dry).
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(Access access, ProcessingActivity activity, ProcessingAction action, Outcome outcome,
                       List<LogSubject> subjects) {
        if (subjects.isEmpty()) {
            return;
        }
        String requestId = RequestIdFilter.current();
        List<Pending> entries = subjects.stream().map(s -> new Pending(access, activity, action, outcome, s, requestId)).toList();
        // One queue per transaction, kept with its synchronizations (suspended with it by REQUIRES_NEW, see recordRefusal).
        Queue queue = TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(Queue.class::isInstance).map(Queue.class::cast).findFirst().orElse(null);
        if (queue == null) {
            queue = new Queue();
            TransactionSynchronizationManager.registerSynchronization(queue);
        }
        queue.add(entries);
    }

    private record Pending(Access access, ProcessingActivity activity, ProcessingAction action, Outcome outcome, LogSubject subject,
                           @Nullable String requestId) {}

    /** The entries of one transaction, appended before it commits (later ones at once: the transaction is still open). */
    private final class Queue implements TransactionSynchronization {
        private final List<Pending> pending = new ArrayList<>();
        private boolean flushed;

        void add(List<Pending> entries) {
            if (flushed) {
                append(entries);
            } else {
                pending.addAll(entries);
            }
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            flushed = true;
            append(pending);
        }
    }

    private void append(List<Pending> pending) {
        if (pending.isEmpty()) {
            return;
        }
        LogEntries.Head head = entries.lockHead();
        long seq = head.lastSeq();
        String hash = head.lastHash();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<LogEntries.StoredLink> links = new ArrayList<>(pending.size());
        for (Pending p : pending) {
            seq++;
            ChainLink link = new ChainLink(seq, UUID.randomUUID(), now, p.access().user().id().value(),
                    p.access().user().username(), roleName(p.access(), p.subject()), p.activity().id(), p.action().name(),
                    pseudonymOf(p.subject().clientId()), p.subject().municipality().value(), p.outcome().name(),
                    p.access().channel().name(), p.requestId(), hash);
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
