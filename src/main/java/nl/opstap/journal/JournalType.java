package nl.opstap.journal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.opstap.shared.domain.Coded;

/** The kind of a journal entry; it decides who may read it (see {@link JournalReadRule}). */
public enum JournalType implements Coded {
    GESPREKSVERSLAG("gespreksverslag"), TELEFOONNOTITIE("telefoonnotitie"), HUISBEZOEK("huisbezoek"),
    MEDISCH_ZORG("medisch-zorg"), WERKGEVERSCONTACT("werkgeverscontact"), OVERIG("overig");

    private final String code;

    JournalType(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    static JournalType of(String code) {
        return Coded.fromCode(JournalType.class, code);
    }
}
