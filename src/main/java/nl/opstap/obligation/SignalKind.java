package nl.opstap.obligation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.opstap.shared.domain.Coded;

/** A signal about a client: culpable conduct or a suspicion of fraud. */
public enum SignalKind implements Coded {
    VERWIJTBAAR_GEDRAG("verwijtbaar-gedrag"),
    FRAUDESIGNAAL("fraudesignaal");

    private final String code;

    SignalKind(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    static SignalKind of(String code) {
        return Coded.fromCode(SignalKind.class, code);
    }
}
