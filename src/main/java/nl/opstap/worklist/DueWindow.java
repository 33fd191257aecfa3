package nl.opstap.worklist;

import java.time.LocalDate;
import java.time.Period;

/**
 * Which items a worklist shows: everything overdue, and what falls due within the look-ahead period
 * (two weeks by default: long enough to plan a conversation, short enough to stay a to-do list).
 */
record DueWindow(LocalDate today, Period lookAhead) {

    static final Period DEFAULT_LOOK_AHEAD = Period.ofWeeks(2);

    DueWindow {
        if (lookAhead.isNegative()) {
            throw new IllegalArgumentException("look-ahead must not be negative");
        }
    }

    LocalDate until() {
        return today.plus(lookAhead);
    }

    boolean shows(WorkItem item) {
        return !item.due().isAfter(until());
    }

    boolean isOverdue(WorkItem item) {
        return item.isOverdue(today);
    }
}
