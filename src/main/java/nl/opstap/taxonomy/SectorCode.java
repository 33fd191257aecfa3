package nl.opstap.taxonomy;

import java.text.Normalizer;
import java.util.Locale;

/** Rule: a new sector's code is derived from its name: capitals, digits and underscores, at most 40 characters. */
final class SectorCode {

    private SectorCode() {}

    static String fromName(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String code = plain.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
        return code.length() > 40 ? code.substring(0, 40) : code;
    }
}
