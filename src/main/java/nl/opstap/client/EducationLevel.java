package nl.opstap.client;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.opstap.shared.domain.Coded;

/** Highest completed education level (domain.md §2), lowest first. */
public enum EducationLevel implements Coded {
    NONE("geen"), PRIMARY("basisonderwijs"), VMBO("vmbo"), MBO_1("mbo-1"), MBO_2("mbo-2"), MBO_3("mbo-3"),
    MBO_4("mbo-4"), HAVO("havo"), VWO("vwo"), HBO("hbo"), WO("wo");

    private final String code;

    EducationLevel(String code) {
        this.code = code;
    }

    /** Rule: a startkwalificatie is mbo-2 or higher, or a havo or vwo diploma. */
    public boolean isStartQualification() {
        return compareTo(MBO_2) >= 0;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    static EducationLevel of(String code) {
        return Coded.fromCode(EducationLevel.class, code);
    }
}
