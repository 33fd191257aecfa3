package nl.opstap.matching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.shared.domain.Violations;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.BindParam;

/**
 * The filters of a match list as query parameters (screen and API), read as text so that anything unreadable gets
 * a Dutch message on its field instead of an error page. {@code zoekopdracht} names a saved search to apply.
 */
record MatchFilterParams(@BindParam("maxAfstandKm") @Nullable String maxKm, @BindParam("minScore") @Nullable String minScore,
                         @BindParam("tredeVan") @Nullable String ladderMin, @BindParam("tredeTot") @Nullable String ladderMax,
                         @BindParam("tekst") @Nullable String text, @BindParam("uitgesloten") @Nullable List<String> excluded,
                         @BindParam("inclusiefZorg") @Nullable String includeZorg, @BindParam("aantal") @Nullable String limit,
                         @BindParam("zoekopdracht") @Nullable String savedSearch) {

    static final List<String> FIELDS = List.of("maxAfstandKm", "minScore", "tredeVan", "tredeTot", "tekst", "uitgesloten",
            "inclusiefZorg", "aantal", "zoekopdracht");

    /** The filters asked for; every unreadable value is reported together, then the ranges are checked. */
    MatchFilters filters() {
        Violations v = new Violations(MatchFilters.class);
        Integer km = v.value(() -> integer("maxAfstandKm", maxKm));
        Double score = v.value(() -> decimal("minScore", minScore));
        Integer from = v.value(() -> integer("tredeVan", ladderMin));
        Integer to = v.value(() -> integer("tredeTot", ladderMax));
        Integer count = v.value(() -> integer("aantal", limit));
        List<UUID> out = v.value(this::excludedIds);
        v.throwIfAny();
        MatchFilters filters = new MatchFilters(km, score, from, to, text, out, "true".equals(includeZorg) || "on".equals(includeZorg), count);
        filters.check();
        return filters;
    }

    /** The same filters as parameters, for links (exclude one more, saved searches). */
    static Map<String, Object> of(MatchFilters f) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("maxAfstandKm", f.maxKm() == null ? "" : f.maxKm());
        map.put("minScore", f.minScore() == null ? "" : f.minScore());
        map.put("tredeVan", f.ladderMin() == null ? "" : f.ladderMin());
        map.put("tredeTot", f.ladderMax() == null ? "" : f.ladderMax());
        map.put("tekst", f.text() == null ? "" : f.text());
        map.put("inclusiefZorg", Boolean.TRUE.equals(f.includeZorg()));
        map.put("aantal", f.limit() == null ? "" : f.limit());
        map.put("uitgesloten", f.excluded().stream().map(UUID::toString).toList());
        return map;
    }

    @Nullable UUID savedSearchId() {
        try {
            return savedSearch == null || savedSearch.isBlank() ? null : UUID.fromString(savedSearch.strip());
        } catch (IllegalArgumentException e) {
            throw RuleViolation.of(MatchFilters.class, "zoekopdracht", "unknown", "Onbekende bewaarde zoekopdracht.");
        }
    }

    private List<UUID> excludedIds() {
        List<UUID> out = new ArrayList<>();
        for (String s : excluded == null ? List.<String>of() : excluded) {
            if (s == null || s.isBlank()) {
                continue;
            }
            try {
                out.add(UUID.fromString(s.strip()));
            } catch (IllegalArgumentException e) {
                throw RuleViolation.of(MatchFilters.class, "uitgesloten", "format", "Een uitgesloten resultaat is onleesbaar.");
            }
        }
        return out;
    }

    private static @Nullable Integer integer(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw RuleViolation.of(MatchFilters.class, field, "format", "Vul een heel getal in.");
        }
    }

    private static @Nullable Double decimal(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Double.parseDouble(value.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw RuleViolation.of(MatchFilters.class, field, "format", "Vul een getal in, bijvoorbeeld 7,5.");
        }
    }
}
