package nl.opstap.importing;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.opstap.shared.domain.Coded;
import org.jspecify.annotations.Nullable;

/**
 * Values as Dutch exports write them. Each parser returns null for an empty cell and throws
 * {@link IllegalArgumentException} with a Dutch message (never the value itself) for one it cannot read.
 */
final class DutchValues {

    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})(?: \\d{1,2}:\\d{2}(?::\\d{2})?)?");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[t ].*)?");
    private static final Pattern WRITTEN = Pattern.compile("(\\d{1,2}) ([a-z]+)\\.? (\\d{4})");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("januari", 1),
            Map.entry("feb", 2), Map.entry("februari", 2), Map.entry("mrt", 3), Map.entry("maart", 3), Map.entry("apr", 4),
            Map.entry("april", 4), Map.entry("mei", 5), Map.entry("jun", 6), Map.entry("juni", 6), Map.entry("jul", 7),
            Map.entry("juli", 7), Map.entry("aug", 8), Map.entry("augustus", 8), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("september", 9), Map.entry("okt", 10), Map.entry("oktober", 10), Map.entry("nov", 11),
            Map.entry("november", 11), Map.entry("dec", 12), Map.entry("december", 12));

    private DutchValues() {}

    /** 17-05-1984, 17/5/1984, 17.05.1984, 17 mei 1984 or 1984-05-17. */
    static @Nullable LocalDate date(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        if (value.isEmpty()) {
            return null;
        }
        try {
            Matcher m = DAY_FIRST.matcher(value);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
            m = ISO.matcher(value);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            m = WRITTEN.matcher(value);
            if (m.matches() && MONTHS.containsKey(m.group(2))) {
                return LocalDate.of(Integer.parseInt(m.group(3)), MONTHS.get(m.group(2)), Integer.parseInt(m.group(1)));
            }
        } catch (DateTimeException impossible) {
            throw new IllegalArgumentException("Deze datum bestaat niet. Schrijf een datum als dd-mm-jjjj, bijvoorbeeld 17-05-1984.");
        }
        throw new IllegalArgumentException("Geen datum. Schrijf een datum als dd-mm-jjjj, bijvoorbeeld 17-05-1984.");
    }

    static @Nullable Integer whole(String text) {
        String value = text.strip().replace(".", "");
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Geen geheel getal.");
        }
    }

    /** ja/nee, j/n, x, 1/0, true/false, waar/onwaar. */
    static @Nullable Boolean yesNo(String text) {
        String value = normalise(text);
        if (value.isEmpty()) {
            return null;
        }
        return switch (value) {
            case "ja", "j", "x", "1", "true", "waar", "yes", "y" -> true;
            case "nee", "n", "0", "false", "onwaar", "no" -> false;
            default -> throw new IllegalArgumentException("Schrijf ja of nee.");
        };
    }

    /** An enum value by its code, its name or its label (case, accents and punctuation ignored). */
    static <E extends Enum<E> & Coded> @Nullable E coded(Class<E> type, String text, java.util.function.Function<E, String> label) {
        String value = normalise(text);
        if (value.isEmpty()) {
            return null;
        }
        for (E option : type.getEnumConstants()) {
            if (value.equals(normalise(option.code())) || value.equals(normalise(option.name())) || value.equals(normalise(label.apply(option)))) {
                return option;
            }
        }
        throw new IllegalArgumentException("Onbekende waarde. Kies uit: " + String.join(", ",
                java.util.Arrays.stream(type.getEnumConstants()).map(label).toList()) + ".");
    }

    /** Lower case without accents, with everything but letters and digits removed: "Leren & ontwikkelen" = "lerenontwikkelen". */
    static String normalise(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        StringBuilder plain = new StringBuilder(lower.length());
        // Most values are plain ASCII; only the others need decomposing (é → e + accent, the accent then dropped).
        String decomposed = lower.chars().allMatch(c -> c < 128) ? lower : Normalizer.normalize(lower, Normalizer.Form.NFD);
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                plain.append(c);
            }
        }
        return plain.toString();
    }
}
