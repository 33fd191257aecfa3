package nl.opstap.client;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Rule for name search: lower case without diacritics, so "Eric" finds "Éric" and "dijk" finds
 * "Van Dijk". Stored per client in search_name; search terms are normalised the same way.
 */
final class SearchName {

    private SearchName() {}

    static String of(String firstNames, String infix, String lastName) {
        return normalise(String.join(" ", firstNames, infix == null ? "" : infix, lastName)).replaceAll("\\s+", " ").strip();
    }

    static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    /** Rule: a run of eight or more digits in a name search is a BSN typed in the wrong field. */
    static boolean containsBsnLike(String text) {
        return text != null && text.matches(".*\\d{8,}.*");
    }

    /** The words of a search text, each to be found somewhere in the name. */
    static List<String> terms(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(normalise(text).split("[\\s,]+")).filter(w -> !w.isBlank()).limit(5).toList();
    }
}
