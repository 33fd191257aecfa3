package nl.opstap.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.opstap.shared.domain.Coded;

/** Who keeps an agreement or takes a step: the client or the service. */
public enum Party implements Coded {
    CLIENT("werkzoekende"), SERVICE("dienst");

    private final String code;

    Party(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    static Party of(String code) {
        return Coded.fromCode(Party.class, code);
    }
}
