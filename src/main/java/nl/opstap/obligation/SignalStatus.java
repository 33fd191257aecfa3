package nl.opstap.obligation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.opstap.shared.domain.Coded;

/** Whether a signal still needs handling. */
public enum SignalStatus implements Coded {
    OPEN("open"),
    AFGEHANDELD("afgehandeld");

    private final String code;

    SignalStatus(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    static SignalStatus of(String code) {
        return Coded.fromCode(SignalStatus.class, code);
    }
}
