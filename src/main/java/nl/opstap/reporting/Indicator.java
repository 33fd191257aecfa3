package nl.opstap.reporting;

import java.util.List;

/**
 * A figure defined once as SQL over the published report views (ADR 0013). Each row the SQL yields is one
 * client in one category: columns {@code municipality_code, category, client_id} and, for an average, a
 * numeric {@code measure}. Counting groups the rows; a drill-down filters the same rows, so a number and the
 * list behind it cannot disagree. The SQL may use {@code :peildatum}, {@code :van}, {@code :tot} and must
 * restrict to {@code municipality_code IN (:gemeenten)}.
 *
 * @param categories the categories in the order a report shows them (codes as the SQL yields them); empty when they
 *                   come from the data (e.g. one per caseworker), so any category may be opened
 */
record Indicator(String key, String sql, Measure measure, List<String> categories) {

    enum Measure {
        /** How many rows (clients, or placements) fall in the category. */
        COUNT,
        /** The average of {@code measure} over the rows of the category. */
        AVERAGE
    }

    static Indicator count(String key, List<String> categories, String sql) {
        return new Indicator(key, sql, Measure.COUNT, categories);
    }

    static Indicator average(String key, List<String> categories, String sql) {
        return new Indicator(key, sql, Measure.AVERAGE, categories);
    }
}
