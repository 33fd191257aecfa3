package nl.opstap.placement;

import java.util.Arrays;
import java.util.List;
import nl.opstap.shared.domain.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * Rule: a coach weighs the placement types in order (seed 004 §4.1.4). Choosing anything but regular work needs a
 * reason why the higher options were not chosen, so the file shows that they were considered.
 */
final class ConsiderationOrder {

    static final int MAX_REASON = 1000;

    private ConsiderationOrder() {}

    /** The types that come before the chosen one, for the screen to name. */
    static List<PlacementType> higherThan(PlacementType chosen) {
        return Arrays.stream(PlacementType.values()).filter(t -> t.isHigherThan(chosen)).toList();
    }

    /** The reason as stored (stripped; null for regular work), or a violation on field {@code whyNotHigher}. */
    static @Nullable String check(PlacementType chosen, @Nullable String whyNotHigher) {
        String reason = whyNotHigher == null || whyNotHigher.isBlank() ? null : whyNotHigher.strip();
        if (chosen != PlacementType.REGULAR_WORK && reason == null) {
            throw RuleViolation.of(null, "whyNotHigher", "required", "Geef aan waarom niet gekozen is voor "
                    + String.join(", ", higherThan(chosen).stream().map(t -> t.label().toLowerCase(java.util.Locale.ROOT)).toList())
                    + ".");
        }
        if (reason != null && reason.length() > MAX_REASON) {
            throw RuleViolation.of(null, "whyNotHigher", "size", "De toelichting mag hoogstens " + MAX_REASON + " tekens lang zijn.");
        }
        return reason;
    }
}
