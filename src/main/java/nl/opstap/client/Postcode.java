package nl.opstap.client;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Rule for Dutch postcodes: four digits (not starting with 0) and two letters, not SA, SD or SS.
 * Stored without a space in capitals ("8331AB").
 */
final class Postcode {

    private static final Pattern FORMAT = Pattern.compile("[1-9][0-9]{3}[A-Z]{2}");

    private Postcode() {}

    static String normalise(String input) {
        return input == null ? "" : input.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    static boolean isValid(String input) {
        String value = normalise(input);
        if (!FORMAT.matcher(value).matches()) {
            return false;
        }
        String letters = value.substring(4);
        return !letters.equals("SA") && !letters.equals("SD") && !letters.equals("SS");
    }
}
