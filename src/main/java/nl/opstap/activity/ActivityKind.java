package nl.opstap.activity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.opstap.shared.domain.Coded;

/** The kinds of instruments of domain.md §4. */
public enum ActivityKind implements Coded {
    ONDERZOEK_LOOPBAAN("onderzoek-loopbaan"), WEP("werkervaringsplaats"), LEERWERKPLAATS("leerwerkplaats"),
    TRAINING("training"), SCHOLING("scholing"), TAALTRAJECT("taaltraject"), SPORT_BEWEGEN("sport-en-bewegen"),
    NETWERKBIJEENKOMST("netwerkbijeenkomst"), VRIJWILLIGERSWERK("vrijwilligerswerk"),
    COMMERCIELE_WERKPLAATS("commerciele-werkplaats"), JOBCOACHING("jobcoaching"), DAGBESTEDING("dagbesteding");

    private final String code;

    ActivityKind(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    static ActivityKind of(String code) {
        return Coded.fromCode(ActivityKind.class, code);
    }
}
