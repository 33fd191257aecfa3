package nl.opstap.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.opstap.shared.domain.Coded;

/** Where a plan stands: concept → vastgesteld → herzien (any number of times) → afgesloten. */
public enum PlanStatus implements Coded {
    CONCEPT("concept"), VASTGESTELD("vastgesteld"), HERZIEN("herzien"), AFGESLOTEN("afgesloten");

    private final String code;

    PlanStatus(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    static PlanStatus of(String code) {
        return Coded.fromCode(PlanStatus.class, code);
    }
}
