package nl.opstap.placement;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.opstap.shared.domain.Coded;

/** The kind of contract under which a placed person works or learns. */
public enum ContractType implements Coded {
    PERMANENT("onbepaalde-tijd", "Onbepaalde tijd"),
    FIXED_TERM("bepaalde-tijd", "Bepaalde tijd"),
    AGENCY("uitzendcontract", "Uitzendcontract"),
    ON_CALL("oproepcontract", "Oproepcontract"),
    APPRENTICESHIP("leerwerkovereenkomst", "Leerwerkovereenkomst (BBL)"),
    NONE("geen-arbeidscontract", "Geen arbeidscontract (met behoud van uitkering)");

    private final String code;
    private final String label;

    ContractType(String code, String label) {
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
    public static ContractType of(String code) {
        return Coded.fromCode(ContractType.class, code);
    }
}
