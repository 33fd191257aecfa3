package nl.opstap.diagnosis;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.opstap.shared.domain.Coded;

/** A step of the participatieladder (Divosa/VNG); the code is the step number. */
public enum LadderStep implements Coded {
    STEP_1("1", "Geïsoleerd"), STEP_2("2", "Sociale contacten buitenshuis"),
    STEP_3("3", "Deelname aan georganiseerde activiteiten"), STEP_4("4", "Onbetaald werk"),
    STEP_5("5", "Betaald werk met ondersteuning"), STEP_6("6", "Betaald werk");

    private final String code;
    private final String label;

    LadderStep(String code, String label) {
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

    /** The step with this number (1–6), or an IllegalArgumentException. */
    public static LadderStep ofNumber(int number) {
        if (number < 1 || number > 6) {
            throw new IllegalArgumentException("ladder step out of range");
        }
        return values()[number - 1];
    }

    @JsonCreator
    public static LadderStep of(String code) {
        return Coded.fromCode(LadderStep.class, code);
    }
}
