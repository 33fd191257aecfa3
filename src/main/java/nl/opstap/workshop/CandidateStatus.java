package nl.opstap.workshop;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import nl.opstap.shared.domain.Coded;

/**
 * Where a candidate of a workshop stands. Rule: a proposed candidate is placed, not selected, or stops; a placed
 * candidate stops or moves on to regular work (doorgestroomd); the last three are final. Only a placed candidate
 * takes a seat.
 */
public enum CandidateStatus implements Coded {
    VOORGEDRAGEN("voorgedragen"), GEPLAATST("geplaatst"), NIET_GESELECTEERD("niet-geselecteerd"), GESTOPT("gestopt"),
    DOORGESTROOMD("doorgestroomd");

    private final String code;

    CandidateStatus(String code) {
        this.code = code;
    }

    /** Whether a candidate in this status may move to {@code next}. */
    public boolean canBecome(CandidateStatus next) {
        return switch (next) {
            case VOORGEDRAGEN -> false;
            case GEPLAATST, NIET_GESELECTEERD -> this == VOORGEDRAGEN;
            case GESTOPT -> this == VOORGEDRAGEN || this == GEPLAATST;
            case DOORGESTROOMD -> this == GEPLAATST;
        };
    }

    /** The statuses this one may move to, for the screen's choice. */
    public List<CandidateStatus> next() {
        return java.util.Arrays.stream(values()).filter(this::canBecome).toList();
    }

    public boolean isFinal() {
        return next().isEmpty();
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    static CandidateStatus of(String code) {
        return Coded.fromCode(CandidateStatus.class, code);
    }
}
