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

/**
 * Rule for the Dutch occupation autocomplete: case and diacritics do not matter; a label that starts with
 * the query comes first, then labels in which every query word starts a word, preferred labels before
 * alternative ones, then labels that merely contain the query. Ties: shorter label first.
 */
final class OccupationIndex {

    /** One search hit: the occupation and, when it matched through an alternative label, that label. */
    record Hit(Occupation occupation, String matchedLabel) {}

    private record Entry(Occupation occupation, String label, String normalised, String[] words, boolean preferred) {}

    private final Map<String, Occupation> byUri = new LinkedHashMap<>();
    private final List<Entry> entries = new ArrayList<>();

    OccupationIndex(List<Occupation> occupations) {
        for (Occupation o : occupations) {
            byUri.put(o.uri(), o);
            add(o, o.preferredLabel(), true);
            o.altLabels().forEach(label -> add(o, label, false));
        }
    }

    private void add(Occupation o, String label, boolean preferred) {
        String n = normalise(label);
        entries.add(new Entry(o, label, n, words(n), preferred));
    }

    int size() {
        return byUri.size();
    }

    Optional<Occupation> find(String uri) {
        return Optional.ofNullable(byUri.get(uri));
    }

    List<Hit> search(String text, int limit) {
        String query = normalise(text);
        if (query.isBlank() || limit <= 0) {
            return List.of();
        }
        String[] queryWords = words(query);
        Map<String, Ranked> best = new LinkedHashMap<>();
        for (Entry e : entries) {
            int rank = rank(e, query, queryWords);
            if (rank < 0) {
                continue;
            }
            Ranked candidate = new Ranked(e, rank);
            best.merge(e.occupation().uri(), candidate, (a, b) -> b.better(a) ? b : a);
        }
        return best.values().stream()
                .sorted(Comparator.comparingInt(Ranked::rank).thenComparingInt(r -> r.entry().label().length())
                        .thenComparing(r -> r.entry().normalised()))
                .limit(limit)
                .map(r -> new Hit(r.entry().occupation(), r.entry().label()))
                .toList();
    }

    private record Ranked(Entry entry, int rank) {
        boolean better(Ranked other) {
            return rank < other.rank || rank == other.rank && entry.label().length() < other.entry.label().length();
        }
    }

    private static int rank(Entry e, String query, String[] queryWords) {
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
