package nl.opstap.retention;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.opstap.shared.domain.Coded;

/** Why a file was anonymised: its period ran out, or the person asked (AVG art. 17(1) a–e). */
enum ErasureGround implements Coded {
    RETENTION_EXPIRED("bewaartermijn-verstreken"),
    NO_LONGER_NEEDED("niet-meer-nodig"),
    CONSENT_WITHDRAWN("toestemming-ingetrokken"),
    OBJECTION("bezwaar"),
    UNLAWFUL("onrechtmatig-verwerkt"),
    LEGAL_OBLIGATION("wettelijke-plicht");

    private final String code;

    ErasureGround(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    static ErasureGround of(String code) {
        return Coded.fromCode(ErasureGround.class, code);
    }

    boolean onRequest() {
        return this != RETENTION_EXPIRED;
    }
}
