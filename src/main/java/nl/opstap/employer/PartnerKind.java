package nl.opstap.employer;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.opstap.shared.domain.Coded;

/** The kind of partner an agreement (convenant) is made with. */
public enum PartnerKind implements Coded {
    UWV, ROC, SW_BEDRIJF, WERKGEVER, OVERIG;

    @Override
    @JsonValue
    public String code() {
        return name();
    }

    @JsonCreator
    static PartnerKind of(String code) {
        return Coded.fromCode(PartnerKind.class, code);
    }
}
