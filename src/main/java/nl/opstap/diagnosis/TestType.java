package nl.opstap.diagnosis;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.opstap.shared.domain.Coded;

/** Kind of test or assessment (seed 004). */
public enum TestType implements Coded {
    LANGUAGE("taal", "Taal"), NUMERACY("rekenen", "Rekenen"), VOCATIONAL_CHOICE("beroepskeuze", "Beroepskeuze"),
    TECHNICAL("technische-test", "Technische test"), PRACTICAL_ASSESSMENT("praktijkassessment", "Praktijkassessment"),
    SECTOR_ASSESSMENT("sectorassessment", "Sectorassessment"), OTHER("overig", "Overig");

    private final String code;
    private final String label;

    TestType(String code, String label) {
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

    @JsonCreator
    public static TestType of(String code) {
        return Coded.fromCode(TestType.class, code);
    }
}
