package nl.opstap.diagnosis;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.opstap.shared.domain.Coded;

/** The 13 domains of the Zelfredzaamheid-Matrix (ZRM 2017), in the matrix's order. Only names; no cell texts. */
public enum ZrmDomain implements Coded {
    FINANCES("financien", "Financiën", "finances"),
    WORK_EDUCATION("werkOpleiding", "Werk & opleiding", "work_education"),
    TIME_USE("tijdsbesteding", "Tijdsbesteding", "time_use"),
    HOUSING("huisvesting", "Huisvesting", "housing"),
    DOMESTIC_RELATIONS("huiselijkeRelaties", "Huiselijke relaties", "domestic_relations"),
    MENTAL_HEALTH("geestelijkeGezondheid", "Geestelijke gezondheid", "mental_health"),
    PHYSICAL_HEALTH("lichamelijkeGezondheid", "Lichamelijke gezondheid", "physical_health"),
    SUBSTANCE_USE("middelengebruik", "Middelengebruik", "substance_use"),
    BASIC_ADL("basaleAdl", "Basale ADL", "basic_adl"),
    INSTRUMENTAL_ADL("instrumenteleAdl", "Instrumentele ADL", "instrumental_adl"),
    SOCIAL_NETWORK("sociaalNetwerk", "Sociaal netwerk", "social_network"),
    SOCIAL_PARTICIPATION("maatschappelijkeParticipatie", "Maatschappelijke participatie", "social_participation"),
    JUSTICE("justitie", "Justitie", "justice");

    private final String code;
    private final String label;
    private final String column;

    ZrmDomain(String code, String label, String column) {
        this.code = code;
        this.label = label;
        this.column = column;
    }

    /** The JSON name of the domain's score (camelCase Dutch). */
    @Override
    @JsonValue
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    String column() {
        return column;
    }

    @JsonCreator
    public static ZrmDomain of(String code) {
        return Coded.fromCode(ZrmDomain.class, code);
    }
}
