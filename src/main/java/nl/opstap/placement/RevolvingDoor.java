package nl.opstap.placement;

import java.time.LocalDate;
import java.time.Period;
import nl.opstap.shared.domain.RuleViolation;

/**
 * Rule: a client who comes back on benefit within the window after an outflow is a revolving-door case (draaideur);
 * the earlier outflow is linked. The window is configurable (default 12 months).
 */
record RevolvingDoor(Period window) {

    static final Period DEFAULT_WINDOW = Period.ofMonths(12);

    RevolvingDoor {
        if (window.isNegative() || window.isZero() || window.toTotalMonths() > 60) {
            throw RuleViolation.of(RevolvingDoor.class, "window", "range", "De draaideurperiode ligt tussen 1 dag en 5 jaar.");
        }
    }

    /** Whether re-entry on {@code returned} after an outflow on {@code outflow} is a revolving door. */
    boolean applies(LocalDate outflow, LocalDate returned) {
        if (returned.isBefore(outflow)) {
            throw RuleViolation.of(RevolvingDoor.class, "returned", "order", "Een herinstroom kan niet vóór de uitstroom liggen.");
        }
        return !returned.isAfter(outflow.plus(window));
    }
}
