package nl.opstap.vacancy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.opstap.shared.domain.Coded;

/**
 * The status of a vacancy. Rule: open and on hold go back and forth; open or on hold can be filled; anything
 * not closed can be closed; closed is final (a filled vacancy can still be closed, to archive it).
 */
public enum VacancyStatus implements Coded {
    OPEN("open"), ON_HOLD("aangehouden"), FILLED("vervuld"), CLOSED("gesloten");

    private final String code;

    VacancyStatus(String code) {
        this.code = code;
    }

    /** Whether a vacancy in this status may move to {@code next}. */
    public boolean canBecome(VacancyStatus next) {
        return switch (next) {
            case OPEN -> this == ON_HOLD;
            case ON_HOLD -> this == OPEN;
            case FILLED -> this == OPEN || this == ON_HOLD;
            case CLOSED -> this != CLOSED;
        };
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    /** The status from an API query parameter (code such as "aangehouden"); null or blank means any. */
    static @org.jspecify.annotations.Nullable VacancyStatus parse(@org.jspecify.annotations.Nullable String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return Coded.fromCode(VacancyStatus.class, code.strip());
        } catch (IllegalArgumentException e) {
            throw nl.opstap.shared.domain.RuleViolation.of(null, "status", "unknown", "Onbekende status: kies open, aangehouden, vervuld of gesloten.");
        }
    }

    @JsonCreator
    static VacancyStatus of(String code) {
        return Coded.fromCode(VacancyStatus.class, code);
    }
}
