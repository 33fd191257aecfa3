package nl.opstap.obligation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.opstap.shared.domain.Coded;

/** Why a client is exempted (ontheffing) from an obligation. */
public enum ExemptionReason implements Coded {
    MEDISCH("medisch"),
    SOCIAAL_MEDISCH("sociaal-medisch"),
    ZORGTAKEN("zorgtaken"),
    DRINGENDE_REDENEN("dringende-redenen"),
    OVERIG("overig");

    private final String code;

    /** A medical or socio-medical reason says something about the client's health. */
    public boolean concernsHealth() {
        return this == MEDISCH || this == SOCIAAL_MEDISCH;
    }

    ExemptionReason(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    static ExemptionReason of(String code) {
        return Coded.fromCode(ExemptionReason.class, code);
    }
}
