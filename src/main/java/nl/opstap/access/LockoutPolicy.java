package nl.opstap.access;

import java.time.Duration;
import java.time.Instant;

/** Rule: after {@code maxFailures} wrong passwords in a row an account is locked for {@code duration}. */
record LockoutPolicy(int maxFailures, Duration duration) {

    LockoutPolicy {
        if (maxFailures < 1 || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("lock-out needs at least one failure and a positive duration");
        }
    }

    boolean locksAfter(int consecutiveFailures) {
        return consecutiveFailures >= maxFailures;
    }

    Instant lockedUntil(Instant now) {
        return now.plus(duration);
    }
}
