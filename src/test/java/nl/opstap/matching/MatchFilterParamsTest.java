package nl.opstap.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import nl.opstap.shared.domain.RuleViolation;
import org.junit.jupiter.api.Test;

/** Filters from query parameters: unreadable and out-of-range values are all reported, in Dutch, on their fields. */
class MatchFilterParamsTest {

    @Test
    void readableFiltersAreTakenWithCommaDecimals() {
        UUID out = UUID.randomUUID();
        MatchFilters f = new MatchFilterParams("10", "7,5", "2", "5", " kok ", List.of(out.toString(), ""), "on", "30", null).filters();
        assertThat(f).isEqualTo(new MatchFilters(10, 7.5, 2, 5, "kok", List.of(out), true, 30));
        assertThat(f.narrows()).isTrue();
        assertThat(MatchFilters.none().narrows()).isFalse();
        assertThat(MatchFilters.none().withDefaultLimit(20).resultLimit()).isEqualTo(20);
    }

    @Test
    void everyUnreadableValueIsReportedTogether() {
        assertThatThrownBy(() -> new MatchFilterParams("ver", "x", null, null, null, List.of("geen-id"), null, null, null).filters())
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.violations()).extracting(RuleViolation.Violation::field)
                        .containsExactly("maxAfstandKm", "minScore", "uitgesloten"));
    }

    @Test
    void rangesAreCheckedTogether() {
        assertThatThrownBy(() -> new MatchFilterParams("300", "101", "5", "3", "x".repeat(101), null, null, "0", null).filters())
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.violations()).extracting(RuleViolation.Violation::field)
                        .containsExactly("maxAfstandKm", "minScore", "tredeTot", "tekst", "aantal"));
    }

    @Test
    void anUnreadableSavedSearchIsRefused() {
        assertThatThrownBy(() -> new MatchFilterParams(null, null, null, null, null, null, null, null, "abc").savedSearchId())
                .isInstanceOf(RuleViolation.class).hasMessageContaining("Onbekende bewaarde zoekopdracht");
    }
}
