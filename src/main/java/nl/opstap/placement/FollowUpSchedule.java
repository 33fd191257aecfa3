package nl.opstap.placement;

import java.time.LocalDate;
import java.util.List;
import nl.opstap.shared.domain.RuleViolation;

/**
 * Rule: follow-up (nazorg) lasts at least a year after the start of a placement (seed 003 point 10). Contacts are due
 * a number of months after the start, by default 1, 3, 6, 9 and 12; an organisation may set other months, ascending,
 * within two years, the last at 12 or later.
 */
record FollowUpSchedule(List<Integer> months) {

    static final List<Integer> DEFAULT_MONTHS = List.of(1, 3, 6, 9, 12);

    FollowUpSchedule {
        months = List.copyOf(months);
        if (months.isEmpty()) {
            throw RuleViolation.of(FollowUpSchedule.class, "months", "required", "Geef ten minste één moment voor nazorg.");
        }
        for (int i = 0; i < months.size(); i++) {
            int m = months.get(i);
            if (m < 1 || m > 24) {
                throw RuleViolation.of(FollowUpSchedule.class, "months", "range", "Nazorgmomenten liggen 1 tot en met 24 maanden na de start.");
            }
            if (i > 0 && m <= months.get(i - 1)) {
                throw RuleViolation.of(FollowUpSchedule.class, "months", "order", "Geef de nazorgmomenten oplopend, elk maand één keer.");
            }
        }
        if (months.getLast() < 12) {
            throw RuleViolation.of(FollowUpSchedule.class, "months", "year", "Nazorg duurt ten minste een jaar: het laatste moment ligt op "
                    + "12 maanden of later.");
        }
    }

    static FollowUpSchedule standard() {
        return new FollowUpSchedule(DEFAULT_MONTHS);
    }

    /** The due dates of the contacts for a placement that started on {@code start} (end of month when shorter). */
    List<LocalDate> dueDates(LocalDate start) {
        return months.stream().map(start::plusMonths).toList();
    }
}
