package nl.opstap.placement;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.opstap.shared.domain.Coded;

/**
 * Whether the benefit stopped entirely or was reduced by earned income (partial outflow, schadelastbeperking).
 * Only a full outflow ends the benefit in the client's benefit history.
 */
public enum OutflowExtent implements Coded {
    FULL("volledig", "Volledig"),
    PARTIAL("gedeeltelijk", "Gedeeltelijk (schadelastbeperking)");

    private final String code;
    private final String label;

    OutflowExtent(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    @JsonCreator
    public static OutflowExtent of(String code) {
        return Coded.fromCode(OutflowExtent.class, code);
    }
}
