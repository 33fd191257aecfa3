package nl.opstap.retention;

import java.time.LocalDate;
import java.time.Period;

/** Rule: a record may be destroyed the day its period after the start event (closing, writing) has passed, not before. */
record RetentionPeriod(Period period) {

    RetentionPeriod {
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("a retention period must be positive");
        }
    }

    LocalDate expiresOn(LocalDate start) {
        return start.plus(period);
    }

    boolean expired(LocalDate start, LocalDate today) {
        return !today.isBefore(expiresOn(start));
    }

    /** The latest start date whose period has passed on this day. */
    LocalDate latestExpiredStart(LocalDate today) {
        return today.minus(period);
    }
}
