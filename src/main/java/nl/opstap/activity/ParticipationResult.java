package nl.opstap.activity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.opstap.shared.domain.Coded;

/** How a participation ended. A dropout needs a reason from the organisation's list. */
public enum ParticipationResult implements Coded {
    AFGEROND("afgerond"), UITGEVALLEN("uitgevallen"), DOORGESTROOMD("doorgestroomd");

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
