package nl.opstap.diagnosis;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.opstap.shared.domain.Coded;

/** Assessment category of the commercial workshop (seed 004): training needed before work. */
public enum AssessmentCategory implements Coded {
    CATEGORY_1("1", "Categorie 1: ongeveer 2 maanden scholing"), CATEGORY_2("2", "Categorie 2: ongeveer 6 maanden scholing"),
    CATEGORY_3("3", "Categorie 3: ongeveer 1 jaar scholing");

    private final String code;
    private final String label;

    AssessmentCategory(String code, String label) {
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

    @JsonCreator
    public static AssessmentCategory of(String code) {
        return Coded.fromCode(AssessmentCategory.class, code);
    }
}
