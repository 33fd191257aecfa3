package nl.opstap.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchNameTest {

    @Test
    void ignoresCaseAndDiacritics() {
        assertThat(SearchName.of("Éric José", "van der", "Brüggen")).isEqualTo("eric jose van der bruggen");
        assertThat(SearchName.terms("  VAN  brüggen, Eric ")).containsExactly("van", "bruggen", "eric");
    }

    @Test
    void takesTheUsersWildcardsLiterally() {
        assertThat(Like.anywhere("50%_a")).isEqualTo("%50\\%\\_a%");
        assertThat(Like.prefix("8331")).isEqualTo("8331%");
    }

    @Test
    void sortParsesDutchNamesWithDirection() {
        assertThat(ClientSort.parse("-geboortedatum")).hasValueSatisfying(order -> {
            assertThat(order.sort()).isEqualTo(ClientSort.BIRTH_DATE);
            assertThat(order.descending()).isTrue();
            assertThat(order.sql()).startsWith("c.date_of_birth DESC");
        });
        assertThat(ClientSort.parse("1; DROP TABLE client")).isEmpty();
        assertThat(ClientSort.parse(null)).hasValueSatisfying(order -> assertThat(order.sort()).isEqualTo(ClientSort.NAME));
    }
}
