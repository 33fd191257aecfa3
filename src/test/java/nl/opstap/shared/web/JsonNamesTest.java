package nl.opstap.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.junit.jupiter.api.Test;

class JsonNamesTest {

    record Address(@JsonProperty("postcode") String postcode, @JsonProperty("huisnummer") Integer houseNumber) {}

    record Person(@JsonProperty("voornamen") String firstNames, @JsonProperty("adres") Address address, String plain) {}

    @Test
    void translatesRecordPathsToTheApisDutchNames() {
        assertThat(JsonNames.of(Person.class, "firstNames")).isEqualTo("voornamen");
        assertThat(JsonNames.of(Person.class, "address.houseNumber")).isEqualTo("adres.huisnummer");
        assertThat(JsonNames.of(Person.class, "plain")).isEqualTo("plain");
        assertThat(JsonNames.of(Person.class, "unknown.path")).isEqualTo("unknown.path");
    }

    @Test
    void etagsRoundTripAndRefuseGarbage() {
        assertThat(ETags.parse(ETags.of(7))).isEqualTo(7);
        assertThat(ETags.parse("W/\"3\"")).isEqualTo(3);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ETags.parse("abc"))
                .isInstanceOf(nl.opstap.shared.domain.RuleViolation.class);
    }
}
