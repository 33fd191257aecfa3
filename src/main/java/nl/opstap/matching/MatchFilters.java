package nl.opstap.matching;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.shared.domain.Violations;
import org.jspecify.annotations.Nullable;

/**
 * The filters a user adds to a match list, on top of the hard filters: a maximum distance, ranges of score and
 * ladder step, free text (names, titles, occupations, skills), results excluded by hand, clients with
 * perspective Zorg included on request, and how many results. Also what a saved search keeps.
 */
record MatchFilters(@JsonProperty("maxAfstandKm") @Nullable Integer maxKm,
                    @JsonProperty("minScore") @Nullable Double minScore,
                    @JsonProperty("tredeVan") @Nullable Integer ladderMin,
                    @JsonProperty("tredeTot") @Nullable Integer ladderMax,
                    @JsonProperty("tekst") @Nullable String text,
                    @JsonProperty("uitgesloten") @Nullable List<UUID> excluded,
                    @JsonProperty("inclusiefZorg") @Nullable Boolean includeZorg,
                    @JsonProperty("aantal") @Nullable Integer limit) {

    static final int DEFAULT_LIMIT = 50;

    MatchFilters {
        text = text == null || text.isBlank() ? null : text.strip();
        excluded = excluded == null ? List.of() : List.copyOf(excluded);
        includeZorg = Boolean.TRUE.equals(includeZorg);
    }

    static MatchFilters none() {
        return new MatchFilters(null, null, null, null, null, null, false, null);
    }

    /** These filters with a default number of results when none was asked (screens show fewer than the API). */
    MatchFilters withDefaultLimit(int fallback) {
        return limit != null ? this : new MatchFilters(maxKm, minScore, ladderMin, ladderMax, text, excluded, includeZorg, fallback);
    }

    int resultLimit() {
        return limit == null ? DEFAULT_LIMIT : limit;
    }

    boolean narrows() {
        return maxKm != null || minScore != null || ladderMin != null || ladderMax != null || text != null || !excluded.isEmpty();
    }

    Set<UUID> excludedIds() {
        return Set.copyOf(excluded);
    }

    /** Every problem at once, in Dutch, on the field it concerns. */
    void check() {
        Violations v = new Violations(MatchFilters.class);
        v.check(() -> range("maxAfstandKm", maxKm, 0, 250, "Geef een afstand van 0 tot en met 250 km."));
        v.check(() -> {
            if (minScore != null && (minScore < 0 || minScore > 100)) {
                throw RuleViolation.of(MatchFilters.class, "minScore", "range", "Geef een minimale score van 0 tot en met 100.");
            }
        });
        v.check(() -> range("tredeVan", ladderMin, 1, 6, "Geef een trede van 1 tot en met 6."));
        v.check(() -> range("tredeTot", ladderMax, 1, 6, "Geef een trede van 1 tot en met 6."));
        v.check(() -> {
            if (ladderMin != null && ladderMax != null && ladderMin > ladderMax) {
                throw RuleViolation.of(MatchFilters.class, "tredeTot", "order", "De hoogste trede mag niet lager zijn dan de laagste.");
            }
        });
        v.check(() -> {
            if (text != null && text.length() > 100) {
                throw RuleViolation.of(MatchFilters.class, "tekst", "size", "Zoek met hoogstens 100 tekens.");
            }
        });
        v.check(() -> range("aantal", limit, 1, 200, "Vraag 1 tot en met 200 resultaten."));
        v.check(() -> {
            if (excluded.size() > 500) {
                throw RuleViolation.of(MatchFilters.class, "uitgesloten", "size", "Sluit hoogstens 500 resultaten uit.");
            }
        });
        v.throwIfAny();
    }

    private static void range(String field, @Nullable Integer value, int min, int max, String message) {
        if (value != null && (value < min || value > max)) {
            throw RuleViolation.of(MatchFilters.class, field, "range", message);
        }
    }
}
