package nl.opstap.matching;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
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
record MatchFilterParams(@BindParam("maxAfstandKm") @Parameter(name = "maxAfstandKm", description = "Hoogstens zo ver weg (0–250 km)",
                                 schema = @Schema(type = "integer")) @Nullable String maxKm,
                         @BindParam("minScore") @Parameter(name = "minScore", description = "Minimale score (0–100)",
                                 schema = @Schema(type = "number")) @Nullable String minScore,
                         @BindParam("tredeVan") @Parameter(name = "tredeVan", description = "Laagste trede op de participatieladder (1–6)",
                                 schema = @Schema(type = "integer")) @Nullable String ladderMin,
                         @BindParam("tredeTot") @Parameter(name = "tredeTot", description = "Hoogste trede op de participatieladder (1–6)",
                                 schema = @Schema(type = "integer")) @Nullable String ladderMax,
                         @BindParam("tekst") @Parameter(name = "tekst", description = "Zoektekst") @Nullable String text,
                         @BindParam("uitgesloten") @Parameter(name = "uitgesloten", description = "Ids die niet in de lijst komen",
                                 array = @ArraySchema(schema = @Schema(type = "string", format = "uuid"))) @Nullable List<String> excluded,
                         @BindParam("inclusiefZorg") @Parameter(name = "inclusiefZorg", description = "Ook werkzoekenden met een zorgperspectief",
                                 schema = @Schema(type = "boolean")) @Nullable String includeZorg,
                         @BindParam("aantal") @Parameter(name = "aantal", description = "Hoeveel resultaten (1–200)",
                                 schema = @Schema(type = "integer")) @Nullable String limit,
                         @BindParam("zoekopdracht") @Parameter(name = "zoekopdracht", description = "Id van een bewaarde zoekopdracht",
                                 schema = @Schema(type = "string", format = "uuid")) @Nullable String savedSearch) {

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
