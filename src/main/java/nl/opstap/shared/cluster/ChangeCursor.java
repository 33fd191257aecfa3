package nl.opstap.shared.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Which change rows an instance has handled. Sequence numbers are taken at insert but become visible at commit, so
 * a lower number can appear after a higher one: a missing number is waited for ({@code patience}) before it is
 * taken for a rolled-back insert. Every number up to {@link #floor()} is handled or given up; reading resumes after it.
 */
final class ChangeCursor {

    private final Duration patience;
    private long floor;
    private final TreeSet<Long> taken = new TreeSet<>();
    private final Map<Long, Instant> missingSince = new HashMap<>();

    ChangeCursor(long floor, Duration patience) {
        this.floor = floor;
        this.patience = patience;
    }

    long floor() {
        return floor;
    }

    /** True the first time a row is seen. */
    boolean take(long seq) {
        if (seq <= floor || !taken.add(seq)) {
            return false;
        }
        missingSince.remove(seq);
        return true;
    }

    /** After a read: notes the numbers still missing below the highest seen and moves the floor past what is settled. */
    void settle(Instant now) {
        if (taken.isEmpty()) {
            return;
        }
        long highest = taken.last();
        for (long seq = floor + 1; seq < highest; seq++) {
            if (!taken.contains(seq)) {
                missingSince.putIfAbsent(seq, now);
            }
        }
        while (floor < highest) {
            long next = floor + 1;
            Instant missing = missingSince.get(next);
            if (taken.remove(next) || missing != null && !missing.plus(patience).isAfter(now)) {
                missingSince.remove(next);
                floor = next;
            } else {
                break;
            }
        }
    }

    /** Numbers still awaited (for the log and tests). */
    int missing() {
        return missingSince.size();
    }
}
