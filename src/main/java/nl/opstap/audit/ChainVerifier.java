package nl.opstap.audit;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Recomputes the whole chain (from the newest anchor on) and reports the first entry whose hash does not follow. */
@Service
class ChainVerifier {

    record Result(long checked, long firstBrokenSeq, boolean headMatches) {
        public boolean intact() {
            return firstBrokenSeq < 0 && headMatches;
        }
    }

    static final String GENESIS = "0".repeat(64);

    private final LogEntries entries;

    ChainVerifier(LogEntries entries) {
        this.entries = entries;
    }

    @Transactional(readOnly = true)
    Result verify() {
        AtomicLong checked = new AtomicLong();
        AtomicLong broken = new AtomicLong(-1);
        // The head is read first and the walk stops there: entries written meanwhile are not a break. The walk starts
        // after the newest anchor: the prefix the log's retention removed (ADR 0021), so the first remaining entry must
        // follow the anchor's hash.
        LogEntries.Head head = entries.head();
        LogEntries.Head anchor = entries.anchor();
        AtomicReference<String> previous = new AtomicReference<>(anchor.lastHash());
        AtomicLong expectedSeq = new AtomicLong(anchor.lastSeq() + 1);
        entries.walk(anchor.lastSeq(), head.lastSeq(), stored -> {
            checked.incrementAndGet();
            ChainLink link = stored.link();
            boolean follows = link.prevHash().equals(previous.get()) && link.seq() == expectedSeq.get() && link.hash().equals(stored.hash());
            if (!follows && broken.get() < 0) {
                broken.set(link.seq());
            }
            previous.set(stored.hash());
            expectedSeq.set(link.seq() + 1);
        });
        boolean headMatches = head.lastSeq() == expectedSeq.get() - 1 && head.lastHash().equals(previous.get());
        return new Result(checked.get(), broken.get(), headMatches);
    }
}
