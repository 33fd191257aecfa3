package nl.opstap.client;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.opstap.shared.domain.Coded;

/** Gender as recorded for the reports (composition by gender). */
public enum Gender implements Coded {
    MALE("man"), FEMALE("vrouw"), OTHER("anders"), UNKNOWN("onbekend");

    private final String code;

    Gender(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    static Gender of(String code) {
        return Coded.fromCode(Gender.class, code);
    }
}
