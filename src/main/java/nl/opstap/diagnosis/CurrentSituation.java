package nl.opstap.diagnosis;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.opstap.shared.domain.Coded;

/** Current situation / trajectory (seed 003 Tabel I). */
public enum CurrentSituation implements Coded {
    TALENT_IN_KAART("talent-in-kaart", "Talent in kaart"), ONDERZOEK_ZORG("onderzoek-zorg", "Onderzoek zorg"),
    LEREN_ONTWIKKELEN("leren-ontwikkelen", "Leren & ontwikkelen"), WERKEN_ERVAREN("werken-ervaren", "Werken & ervaren"),
    DIRECT_WERK("direct-werk", "Direct werk"), PARTTIME_WERK("parttime-werk", "Parttime werk");

    private final String code;
    private final String label;

    CurrentSituation(String code, String label) {
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
    public static CurrentSituation of(String code) {
        return Coded.fromCode(CurrentSituation.class, code);
    }
}
