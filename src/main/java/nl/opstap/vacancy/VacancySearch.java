package nl.opstap.vacancy;

import java.util.Comparator;
import java.util.List;
import nl.opstap.employer.EmployerId;
import nl.opstap.shared.domain.PageResult;
import nl.opstap.shared.domain.Paging;
import nl.opstap.shared.domain.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * Search criteria; null means "any". Hours match when the vacancy's range overlaps [hoursMin, hoursMax].
 * With a postcode every hit gets its distance (PC4 centre to PC4 centre) and hits are sorted nearest first;
 * distanceKm then limits how far.
 */
record VacancySearch(@Nullable String sector, @Nullable String postcode, @Nullable Integer distanceKm, @Nullable Integer hoursMin,
                     @Nullable Integer hoursMax, @Nullable VacancyStatus status, @Nullable EmployerId employer, @Nullable String text) {

    record Hit(Vacancy vacancy, @Nullable Double distanceKm) {

        /** The distance rounded to whole km, for display. */
        public @Nullable Long km() {
            return distanceKm == null ? null : Math.round(distanceKm);
        }
    }

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Rule checks on the criteria themselves; field names are the API's query parameters. */
    void check() {
        if (distanceKm != null && (distanceKm < 0 || distanceKm > 500)) {
            throw RuleViolation.of(null, "afstandKm", "range", "Geef een afstand van 0 tot en met 500 km.");
        }
        if (distanceKm != null && postcode == null) {
            throw RuleViolation.of(null, "postcode", "required", "Geef een postcode om op afstand te zoeken.");
        }
        if ((hoursMin != null && (hoursMin < 0 || hoursMin > 60)) || (hoursMax != null && (hoursMax < 0 || hoursMax > 60))) {
            throw RuleViolation.of(null, hoursMin != null && (hoursMin < 0 || hoursMin > 60) ? "urenMin" : "urenMax", "range",
                    "Geef een aantal uren per week van 0 tot en met 60.");
        }
        if (hoursMin != null && hoursMax != null && hoursMin > hoursMax) {
            throw RuleViolation.of(null, "urenMax", "order", "Het maximum aantal uren mag niet lager zijn dan het minimum.");
        }
    }

    VacancyRows.Filter filter() {
        return new VacancyRows.Filter(status, sector, employer, text, hoursMin, hoursMax);
    }

    /** Distances, the distance limit, the order and the page, over candidates already filtered in SQL. */
    static PageResult<Hit> page(List<Vacancy> candidates, GeoDistance.@Nullable Point from, @Nullable Integer maxKm, Pc4Centroids centroids,
                                Paging paging) {
        List<Hit> hits = candidates.stream().map(v -> new Hit(v, from == null ? null
                        : centroids.of(v.postcode()).map(p -> GeoDistance.km(from, p)).orElse(null)))
                .filter(h -> maxKm == null || (h.distanceKm() != null && h.distanceKm() <= maxKm))
                .toList();
        if (from != null) {
            hits = hits.stream().sorted(Comparator.comparing(Hit::distanceKm, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        }
        int start = (int) Math.min(hits.size(), paging.offset());
        int end = Math.min(hits.size(), start + paging.size());
        return new PageResult<>(hits.subList(start, end), paging.page(), paging.size(), hits.size());
    }
}
