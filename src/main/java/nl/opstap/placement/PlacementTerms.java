package nl.opstap.placement;

import java.time.LocalDate;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.shared.domain.Violations;
import org.jspecify.annotations.Nullable;

/**
 * Rule: the dates and hours of a placement: an end not before the start, an end reason exactly when there is an end,
 * 1 to 40 hours a week. Every problem is reported at once.
 */
final class PlacementTerms {

    private PlacementTerms() {}

    static void check(@Nullable LocalDate start, @Nullable LocalDate end, @Nullable Integer hours, @Nullable String endReason) {
        Violations v = new Violations(null);
        v.check(() -> {
            if (start == null) {
                throw RuleViolation.of(null, "start", "required", "Vul de startdatum in.");
            }
        });
        v.check(() -> {
            if (start != null && end != null && end.isBefore(start)) {
                throw RuleViolation.of(null, "end", "order", "De einddatum kan niet vóór de startdatum liggen.");
            }
        });
        v.check(() -> {
            if (hours == null || hours < 1 || hours > 40) {
                throw RuleViolation.of(null, "hours", "range", "Geef 1 tot en met 40 uur per week.");
            }
        });
        v.check(() -> {
            boolean reason = endReason != null && !endReason.isBlank();
            if (end != null && !reason) {
                throw RuleViolation.of(null, "endReason", "required", "Geef de reden van het einde van de plaatsing.");
            }
            if (end == null && reason) {
                throw RuleViolation.of(null, "end", "required", "Een reden van einde hoort bij een einddatum; vul die in.");
            }
        });
        v.throwIfAny();
    }
}
