package nl.opstap.activity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.opstap.shared.domain.Coded;

/**
 * How a participation ended. A dropout needs a reason from the organisation's list. GEANNULEERD marks a
 * planned participation withdrawn before it started: it never ran, holds no place and counts in no report.
 */
public enum ParticipationResult implements Coded {
    AFGEROND("afgerond"), UITGEVALLEN("uitgevallen"), DOORGESTROOMD("doorgestroomd"), GEANNULEERD("geannuleerd");

    /** The results a participation that ran can end with. */
    static final java.util.List<ParticipationResult> ENDINGS = java.util.List.of(AFGEROND, UITGEVALLEN, DOORGESTROOMD);

    private final String code;

    ParticipationResult(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    static ParticipationResult of(String code) {
        return Coded.fromCode(ParticipationResult.class, code);
    }
}
