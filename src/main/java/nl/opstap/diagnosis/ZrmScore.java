package nl.opstap.diagnosis;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.opstap.shared.domain.Coded;

/** A score on a ZRM domain, 1 (acute problems) to 5 (fully self-sufficient); the code is the number. */
public enum ZrmScore implements Coded {
    ACUTE("1", "Acute problematiek"), NOT_SELF_SUFFICIENT("2", "Niet zelfredzaam"),
    LIMITED("3", "Beperkt zelfredzaam"), SUFFICIENT("4", "Voldoende zelfredzaam"), FULLY("5", "Volledig zelfredzaam");

    private final String code;
    private final String label;

    ZrmScore(String code, String label) {
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

    public int number() {
        return ordinal() + 1;
    }

    public static ZrmScore ofNumber(int number) {
        if (number < 1 || number > 5) {
            throw new IllegalArgumentException("ZRM score out of range");
        }
        return values()[number - 1];
    }

    @JsonCreator
    public static ZrmScore of(String code) {
        return Coded.fromCode(ZrmScore.class, code);
    }
}
