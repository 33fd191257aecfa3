package nl.opstap.obligation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.opstap.shared.domain.Coded;

/** A measure taken on a signal: a warning has no reduction; a reduction (verlaging) or fine has a percentage. */
public enum MeasureKind implements Coded {
    WAARSCHUWING("waarschuwing"),
    VERLAGING("verlaging"),
    BOETE("boete");

    private final String code;

    MeasureKind(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    static MeasureKind of(String code) {
        return Coded.fromCode(MeasureKind.class, code);
    }
}
