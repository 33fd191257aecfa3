package nl.opstap.client;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.opstap.shared.domain.Coded;

/** Load capacity (belastbaarheid), physical or mental. */
public enum LoadLevel implements Coded {
    LOW("laag"), MEDIUM("gemiddeld"), HIGH("hoog");

    private final String code;

    LoadLevel(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    static LoadLevel of(String code) {
        return Coded.fromCode(LoadLevel.class, code);
    }
}
