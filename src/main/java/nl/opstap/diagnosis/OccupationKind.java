package nl.opstap.diagnosis;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.opstap.shared.domain.Coded;

/** Why an ESCO occupation is in the file: the client wants it (interest) or has done it (experience). */
public enum OccupationKind implements Coded {
    INTEREST("interesse", "Interesse"), EXPERIENCE("ervaring", "Ervaring");

    private final String code;
    private final String label;

    OccupationKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    /** The Dutch name. */
    public String label() {
        return label;
    }

    @JsonCreator
    public static OccupationKind of(String code) {
        return Coded.fromCode(OccupationKind.class, code);
    }
}
