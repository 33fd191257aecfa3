package nl.opstap.taxonomy;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Rule for the Dutch autocomplete of ESCO occupations and skills: case and diacritics do not matter; a label that starts with
 * the query comes first, then labels in which every query word starts a word, preferred labels before
 * alternative ones, then labels that merely contain the query. Ties: shorter label first.
 */
final class LabelIndex<T> {

    /** One search hit: the item and the label that matched (its preferred label or an alternative one). */
    record Hit<T>(T item, String matchedLabel) {}

    private record Entry<T>(T occupation, String uri, String label, String normalised, String[] words, boolean preferred) {}

    private final Map<String, T> byUri = new LinkedHashMap<>();
    private final List<Entry<T>> entries = new ArrayList<>();

    LabelIndex(List<T> items, Function<T, String> uri, Function<T, String> preferredLabel, Function<T, List<String>> altLabels) {
        for (T o : items) {
            String u = uri.apply(o);
            byUri.put(u, o);
            add(o, u, preferredLabel.apply(o), true);
            altLabels.apply(o).forEach(label -> add(o, u, label, false));
        }
    }

    private void add(T o, String uri, String label, boolean preferred) {
        String n = normalise(label);
        entries.add(new Entry<>(o, uri, label, n, words(n), preferred));
    }

    List<T> all() {
        return List.copyOf(byUri.values());
    }

    int size() {
        return byUri.size();
    }

    Optional<T> find(String uri) {
        return Optional.ofNullable(byUri.get(uri));
    }

    List<Hit<T>> search(String text, int limit) {
        String query = normalise(text);
        if (query.isBlank() || limit <= 0) {
            return List.of();
        }
        String[] queryWords = words(query);
        Map<String, Ranked<T>> best = new LinkedHashMap<>();
        for (Entry<T> e : entries) {
            int rank = rank(e, query, queryWords);
            if (rank < 0) {
                continue;
            }
            Ranked<T> candidate = new Ranked<>(e, rank);
            best.merge(e.uri(), candidate, (a, b) -> b.better(a) ? b : a);
        }
        return best.values().stream()
                .sorted(Comparator.<Ranked<T>>comparingInt(Ranked::rank).thenComparingInt(r -> r.entry().label().length())
                        .thenComparing(r -> r.entry().normalised()))
                .limit(limit)
                .map(r -> new Hit<>(r.entry().occupation(), r.entry().label()))
                .toList();
    }

    private record Ranked<T>(Entry<T> entry, int rank) {
        boolean better(Ranked<T> other) {
            return rank < other.rank || rank == other.rank && entry.label().length() < other.entry.label().length();
        }
    }

    private static int rank(Entry<?> e, String query, String[] queryWords) {
        int offset = e.preferred() ? 0 : 1;
        if (e.normalised().startsWith(query)) {
            return offset;
        }
        if (Arrays.stream(queryWords).allMatch(q -> Arrays.stream(e.words()).anyMatch(w -> w.startsWith(q)))) {
            return 2 + offset;
        }
        if (e.normalised().contains(query)) {
            return 4 + offset;
        }
        return -1;
    }

    static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).strip();
    }

    private static String[] words(String normalised) {
        return Arrays.stream(normalised.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toArray(String[]::new);
    }
}
