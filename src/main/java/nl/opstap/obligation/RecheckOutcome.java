package nl.opstap.obligation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.opstap.shared.domain.Coded;

/** What a re-check of an exemption decides: it runs on until the next re-check, or it ends. */
public enum RecheckOutcome implements Coded {
    VERLENGD("verlengd"),
    BEEINDIGD("beeindigd");

    private final String code;

    RecheckOutcome(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    static RecheckOutcome of(String code) {
        return Coded.fromCode(RecheckOutcome.class, code);
    }
}
