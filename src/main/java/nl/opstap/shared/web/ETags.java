package nl.opstap.shared.web;

import nl.opstap.shared.domain.RuleViolation;

/** Versions as HTTP entity tags: ETag on reads, If-Match on changes (optimistic locking in the API). */
public final class ETags {

    private ETags() {}

    public static String of(int version) {
        return "\"" + version + "\"";
    }

    public static int parse(String ifMatch) {
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw RuleViolation.of(null, "If-Match", "format",
                    "If-Match bevat de ETag die u bij het ophalen kreeg, bijvoorbeeld \"3\".");
        }
    }
}
