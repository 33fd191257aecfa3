package nl.opstap.employer;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import nl.opstap.shared.domain.Coded;

/** How the contact took place. */
public enum ContactChannel implements Coded {
    TELEFOON, BEZOEK, EMAIL, BIJEENKOMST, OVERIG;

    @Override
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace("email", "e-mail");
    }

    @JsonCreator
    static ContactChannel of(String code) {
        return Coded.fromCode(ContactChannel.class, code);
    }
}
