package nl.opstap.workshop;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.opstap.shared.domain.Coded;

/** What a temp-agency session meant for a proposed candidate. */
public enum AgencyOutcome implements Coded {
    UITGENODIGD("uitgenodigd"), AANGENOMEN("aangenomen"), AFGEWEZEN("afgewezen"), NIET_VERSCHENEN("niet-verschenen");

    private final String code;

    AgencyOutcome(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    static AgencyOutcome of(String code) {
        return Coded.fromCode(AgencyOutcome.class, code);
    }
}
