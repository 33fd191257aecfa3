package nl.opstap.activity;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The period in which a participation takes a place. An ended participation holds its place until its
 * actual end. One not ended holds it until its planned end, or, with no planned end or one already
 * passed, for as long as it is not ended (the client is still there).
 */
record Occupancy(LocalDate from, LocalDate until) {

    static Occupancy of(LocalDate start, @Nullable LocalDate plannedEnd, @Nullable LocalDate actualEnd, LocalDate today) {
        if (actualEnd != null) {
            return new Occupancy(start, actualEnd);
        }
        if (plannedEnd != null && !plannedEnd.isBefore(today)) {
            return new Occupancy(start, plannedEnd);
        }
        return new Occupancy(start, LocalDate.MAX);
    }

    boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(until);
    }

    boolean overlaps(Occupancy other) {
        return !other.until.isBefore(from) && !other.from.isAfter(until);
    }

    /**
     * The most places taken at the same time within {@code period} by {@code taken}. Occupation only
     * rises on a start day, so checking the period's first day and every start inside it suffices.
     */
    static int peak(List<Occupancy> taken, Occupancy period) {
        int peak = 0;
        java.util.List<LocalDate> days = new java.util.ArrayList<>();
        days.add(period.from());
        taken.stream().map(Occupancy::from).filter(period::contains).forEach(days::add);
        for (LocalDate day : days) {
            int count = (int) taken.stream().filter(o -> o.contains(day)).count();
            peak = Math.max(peak, count);
        }
        return peak;
    }
}
