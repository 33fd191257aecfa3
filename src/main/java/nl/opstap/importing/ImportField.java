package nl.opstap.importing;

import java.util.List;

/**
 * A field an import can fill: its key in mappings and the API, the Dutch label on screens and in the report,
 * whether every row needs it, and the column headings it is recognised by when the mapping is guessed.
 */
record ImportField(String key, String label, boolean required, List<String> aliases) {

    static ImportField required(String key, String label, String... aliases) {
        return new ImportField(key, label, true, List.of(aliases));
    }

    static ImportField optional(String key, String label, String... aliases) {
        return new ImportField(key, label, false, List.of(aliases));
    }

    /** Whether a column heading names this field (case, spaces, accents and punctuation ignored). */
    boolean recognises(String heading) {
        String normal = DutchValues.normalise(heading);
        return normal.equals(DutchValues.normalise(key)) || normal.equals(DutchValues.normalise(label))
                || aliases.stream().anyMatch(a -> normal.equals(DutchValues.normalise(a)));
    }
}
