package nl.opstap.client;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.opstap.shared.domain.Coded;

/** Benefit status over time (domain.md §2). */
public enum BenefitStatus implements Coded {
    RECIPIENT("uitkeringsgerechtigd"), PARTNER("partner"), NON_RECIPIENT("niet-uitkeringsgerechtigd");

    private final String code;

    BenefitStatus(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    static BenefitStatus of(String code) {
        return Coded.fromCode(BenefitStatus.class, code);
    }
}
