package nl.opstap.placement;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.opstap.shared.domain.Coded;

/**
 * The kinds of placement in the order a coach must consider them (seed 004 §4.1.4): regular work first, day
 * activities last. The declaration order is that order.
 */
public enum PlacementType implements Coded {
    REGULAR_WORK("regulier-werk", "Regulier werk"),
    AFSPRAAKBAAN("afspraakbaan", "Afspraakbaan"),
    EDUCATION("scholing", "Scholing"),
    WORK_EXPERIENCE("werkervaringsplaats", "Werkervaringsplaats"),
    SECONDMENT("detachering", "Detachering"),
    SHELTERED_WORK("beschut-werk", "Beschut werk"),
    DAY_ACTIVITIES("dagbesteding", "Dagbesteding");

    private final String code;
    private final String label;

    PlacementType(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** Whether this type comes before {@code other} in the order of consideration. */
    public boolean isHigherThan(PlacementType other) {
        return ordinal() < other.ordinal();
    }

    /** Paid work, which counts as "still working" for the durability of an outflow. */
    public boolean isPaidWork() {
        return this == REGULAR_WORK || this == AFSPRAAKBAAN || this == SECONDMENT || this == SHELTERED_WORK;
    }

    @JsonCreator
    public static PlacementType of(String code) {
        return Coded.fromCode(PlacementType.class, code);
    }
}
