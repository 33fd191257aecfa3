package nl.opstap.diagnosis;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.opstap.shared.domain.Coded;

/** Perspective (seed 003 Tabel II); arbeidsvermogen is derived from it. */
public enum Perspective implements Coded {
    PARTTIME_WERK("parttime-werk", "Parttime werk"), WERK("werk", "Werk"), PARTICIPATIE("participatie", "Participatie"),
    ZORG("zorg", "Zorg"), NOG_NIET_BEKEND("nog-niet-bekend", "Nog niet bekend");

    private final String code;
    private final String label;

    Perspective(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    /** The Dutch name, as in the seeds. */
    public String label() {
        return label;
    }

    /** Arbeidsvermogen (work capacity): perspective Parttime werk or Werk. */
    public boolean hasWorkCapacity() {
        return this == PARTTIME_WERK || this == WERK;
    }

    @JsonCreator
    public static Perspective of(String code) {
        return Coded.fromCode(Perspective.class, code);
    }
}
