package nl.opstap.reporting;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A figure defined once as SQL over the published report views (ADR 0013). Each row the SQL yields is one
 * client in one category: columns {@code municipality_code, category, client_id} and, for an average, a
 * numeric {@code measure}. Counting groups the rows; a drill-down filters the same rows, so a number and the
 * list behind it cannot disagree. The SQL may use {@code :peildatum}, {@code :van}, {@code :tot} and must
 * restrict to {@code municipality_code IN (:gemeenten)}. A row may have no client (a moment that counts without
 * one, {@code client_id} NULL): it counts, but no list shows it.
 *
 * @param categories the categories in the order a report shows them (codes as the SQL yields them), when listed
 * @param order whether the categories are the listed ones or those the data holds, and in which order
 * @param labels the name of a category when the messages have none (e.g. from a published list), or null
 */
record Indicator(String key, String sql, Measure measure, List<String> categories, Order order,
                 @Nullable Function<String, String> labels) {

    /** How many categories {@link Order#MOST_FIRST} shows. */
    static final int TOP = 10;

    enum Measure {
        /** How many rows (clients, or placements) fall in the category. */
        COUNT,
        /** The average of {@code measure} over the rows of the category. */
        AVERAGE
    }

    /** Which categories a table shows. */
    enum Order {
        /** The listed categories, in their order, also when a category has no rows. */
        LISTED,
        /** The categories the data holds (e.g. activity names), ordered by code. */
        BY_CODE,
        /** The {@value #TOP} categories with the most rows over all municipalities, most first (ties by code). */
        MOST_FIRST
    }

    static Indicator count(String key, List<String> categories, String sql) {
        return new Indicator(key, sql, Measure.COUNT, categories, Order.LISTED, null);
    }

    static Indicator average(String key, List<String> categories, String sql) {
        return new Indicator(key, sql, Measure.AVERAGE, categories, Order.LISTED, null);
    }

    /** The same figure with the categories the data holds instead of a list. */
    Indicator found(Order found) {
        return new Indicator(key, sql, measure, List.of(), found, labels);
    }

    Indicator labelledBy(Function<String, String> names) {
        return new Indicator(key, sql, measure, categories, order, names);
    }

    /** Whether a drill-down may ask for this category: a listed one, or any when the data decides. */
    boolean knows(String category) {
        return order != Order.LISTED || categories.contains(category);
    }

    /** The categories to show for these figures over the given municipalities. */
    List<String> categoriesIn(Figures figures, List<String> municipalities) {
        if (order == Order.LISTED) {
            return categories;
        }
        TreeSet<String> found = new TreeSet<>();
        municipalities.forEach(m -> found.addAll(figures.byMunicipality().getOrDefault(m, Map.of()).keySet()));
        if (order == Order.BY_CODE) {
            return List.copyOf(found);
        }
        Map<String, Long> counts = found.stream().collect(Collectors.toMap(c -> c, c -> figures.total(municipalities, c).count()));
        return found.stream().sorted(Comparator.comparing((String c) -> -counts.get(c)).thenComparing(c -> c)).limit(TOP).toList();
    }
}
