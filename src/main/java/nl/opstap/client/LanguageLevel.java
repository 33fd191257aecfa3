package nl.opstap.client;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.opstap.shared.domain.Coded;

/** Dutch language level on the CEFR scale (inburgering asks B1; the taaleis of the Participatiewet asks 1F, about A2). */
public enum LanguageLevel implements Coded {
    BELOW_A1("onder-a1"), A1("a1"), A2("a2"), B1("b1"), B2("b2"), C1("c1"), C2("c2"), NATIVE("moedertaal");

    private final String code;

    LanguageLevel(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    static LanguageLevel of(String code) {
        return Coded.fromCode(LanguageLevel.class, code);
    }
}
