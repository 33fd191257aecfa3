package nl.opstap.placement;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Rule: how durable an outflow is, computed from the history and never typed in: at 3, 6 and 12 months after the
 * outflow, was the person still off benefit, and still working (in a placement that had started and not ended)?
 * A moment not yet reached is unknown.
 */
final class Durability {

    static final List<Integer> MONTHS = List.of(3, 6, 12);

    /** A period [from, to) during which something held; {@code to} null while it still holds. */
    record Span(LocalDate from, @Nullable LocalDate to) {
        boolean holdsOn(LocalDate day) {
            return !day.isBefore(from) && (to == null || day.isBefore(to));
        }
    }

    /** The answer at one moment: null when the moment lies after today. */
    record Check(int months, LocalDate on, @Nullable Boolean offBenefit, @Nullable Boolean working) {}

    private Durability() {}

    static Map<Integer, Check> of(LocalDate outflow, List<Span> onBenefit, List<Span> working, LocalDate today) {
        Map<Integer, Check> out = new LinkedHashMap<>();
        for (int m : MONTHS) {
            LocalDate on = outflow.plusMonths(m);
            boolean known = !on.isAfter(today);
            out.put(m, new Check(m, on, known ? onBenefit.stream().noneMatch(s -> s.holdsOn(on)) : null,
                    known ? working.stream().anyMatch(s -> s.holdsOn(on)) : null));
        }
        return out;
    }
}
