package nl.opstap.activity;

import java.util.List;
import nl.opstap.shared.domain.RuleViolation;
import org.jspecify.annotations.Nullable;

/** An activity takes no more participants at once than its capacity; no capacity means unlimited. */
final class CapacityRule {

    private CapacityRule() {}

    /** Refuses a new participation in {@code period} when the places are already taken at some moment of it. */
    static void checkRoomFor(Class<?> command, @Nullable Integer capacity, List<Occupancy> taken, Occupancy period) {
        if (capacity == null) {
            return;
        }
        int peak = Occupancy.peak(taken, period);
        if (peak >= capacity) {
            throw RuleViolation.of(command, "activityId", "full",
                    "Deze activiteit is vol (%d van %d plaatsen bezet).".formatted(capacity, capacity));
        }
    }

    /** Refuses a capacity below the number of current participants. */
    static void checkNewCapacity(Class<?> command, @Nullable Integer capacity, int current) {
        if (capacity != null && capacity < current) {
            throw RuleViolation.of(command, "capacity", "belowCurrent",
                    "De capaciteit kan niet lager zijn dan het aantal huidige deelnemers (%d).".formatted(current));
        }
    }

    /** Free places, or null when unlimited. */
    static @Nullable Integer free(@Nullable Integer capacity, int current) {
        return capacity == null ? null : Math.max(0, capacity - current);
    }
}
