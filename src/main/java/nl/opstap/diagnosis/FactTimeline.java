package nl.opstap.diagnosis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Rule for a chain of facts of one kind (one value at a time): each holds from its start until the next
 * starts ({@code to} exclusive), or until an explicit end when nothing followed (a gap). A fact may be
 * inserted before the latest one: it then ends where its successor starts and its predecessor ends where
 * it starts. Two facts cannot start on the same day: the second must be a correction of the first.
 */
final class FactTimeline {

    record Period(UUID id, LocalDate from, @Nullable LocalDate to) {
        boolean holdsOn(LocalDate date) {
            return !from.isAfter(date) && (to == null || to.isAfter(date));
        }
    }

    private final List<Period> periods;

    FactTimeline(List<Period> active) {
        this.periods = new ArrayList<>(active);
        this.periods.sort(Comparator.comparing(Period::from));
    }

    List<Period> periods() {
        return List.copyOf(periods);
    }

    Optional<Period> on(LocalDate date) {
        return periods.stream().filter(p -> p.holdsOn(date)).findFirst();
    }

    boolean startsOn(LocalDate date) {
        return periods.stream().anyMatch(p -> p.from().equals(date));
    }

    /** Removes a fact (it was corrected); a predecessor that ended where it started takes over its end. */
    void remove(UUID id) {
        int index = indexOf(id);
        Period removed = periods.remove(index);
        if (index > 0) {
            Period previous = periods.get(index - 1);
            if (removed.from().equals(previous.to())) {
                periods.set(index - 1, new Period(previous.id(), previous.from(), removed.to()));
            }
        }
    }

    /** Inserts a fact starting on {@code from} and returns its end; neighbours are adjusted. */
    @Nullable LocalDate insert(UUID id, LocalDate from) {
        if (startsOn(from)) {
            throw new IllegalStateException("a fact already starts on " + from);
        }
        int index = 0;
        while (index < periods.size() && periods.get(index).from().isBefore(from)) {
            index++;
        }
        Period previous = index > 0 ? periods.get(index - 1) : null;
        Period next = index < periods.size() ? periods.get(index) : null;
        LocalDate to;
        if (next != null) {
            to = next.from();
        } else if (previous != null && previous.to() != null && previous.to().isAfter(from)) {
            to = previous.to();
        } else {
            to = null;
        }
        if (previous != null && (previous.to() == null || previous.to().isAfter(from))) {
            periods.set(index - 1, new Period(previous.id(), previous.from(), from));
        }
        periods.add(index, new Period(id, from, to));
        return to;
    }

    /** The periods whose end differs from {@code before}'s (what must be updated in storage). */
    Map<UUID, @Nullable LocalDate> changedEnds(List<Period> before) {
        Map<UUID, @Nullable LocalDate> old = new LinkedHashMap<>();
        before.forEach(p -> old.put(p.id(), p.to()));
        Map<UUID, @Nullable LocalDate> changed = new LinkedHashMap<>();
        for (Period p : periods) {
            if (old.containsKey(p.id()) && !Objects.equals(old.get(p.id()), p.to())) {
                changed.put(p.id(), p.to());
            }
        }
        return changed;
    }

    /**
     * A whole history loaded at once (imports, demo data): starts must differ; a period without an explicit
     * end holds until the next starts; an explicit end lies after its start and not after the next start.
     * Returns the ends in the order given, or the problem as an IllegalArgumentException.
     */
    static List<@Nullable LocalDate> endsOf(List<Period> history) {
        List<Period> sorted = new ArrayList<>(history);
        sorted.sort(Comparator.comparing(Period::from));
        Map<UUID, @Nullable LocalDate> ends = new LinkedHashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            Period p = sorted.get(i);
            Period next = i + 1 < sorted.size() ? sorted.get(i + 1) : null;
            if (next != null && next.from().equals(p.from())) {
                throw new IllegalArgumentException("two facts start on " + p.from());
            }
            if (p.to() != null && !p.to().isAfter(p.from())) {
                throw new IllegalArgumentException("end not after start on " + p.from());
            }
            if (p.to() != null && next != null && p.to().isAfter(next.from())) {
                throw new IllegalArgumentException("overlapping facts on " + next.from());
            }
            ends.put(p.id(), p.to() != null ? p.to() : next != null ? next.from() : null);
        }
        List<@Nullable LocalDate> result = new ArrayList<>();
        history.forEach(p -> result.add(ends.get(p.id())));
        return result;
    }

    private int indexOf(UUID id) {
        for (int i = 0; i < periods.size(); i++) {
            if (periods.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown fact");
    }
}
