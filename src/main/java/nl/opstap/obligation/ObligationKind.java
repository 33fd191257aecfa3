package nl.opstap.obligation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.opstap.shared.domain.Coded;

/** The obligations of the Participatiewet that a client can be held to. */
public enum ObligationKind implements Coded {
    ARBEIDSVERPLICHTING("arbeidsverplichting"),
    PARTICIPATIEVERPLICHTING("participatieverplichting"),
    TEGENPRESTATIE("tegenprestatie"),
    TAALEIS("taaleis");

    private final String code;

    ObligationKind(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    static ObligationKind of(String code) {
        return Coded.fromCode(ObligationKind.class, code);
    }
}
