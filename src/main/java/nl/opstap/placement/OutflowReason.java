package nl.opstap.placement;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.opstap.shared.domain.Coded;

/** Why a client left the benefit (domain.md §7); the monitoring set reports outflow by these. */
public enum OutflowReason implements Coded {
    WORK("werk", "Werk"),
    EDUCATION("scholing", "Scholing"),
    MOVED("verhuizing", "Verhuizing"),
    PARTNER("samenwonen", "Samenwonen of trouwen"),
    PENSION("pensioen", "Pensioen (AOW)"),
    OTHER("overig", "Overig");

    private final String code;
    private final String label;

    OutflowReason(String code, String label) {
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
    public static OutflowReason of(String code) {
        return Coded.fromCode(OutflowReason.class, code);
    }
}
