package nl.opstap.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Which column (by its heading) fills which field. Saved by name, so next month's export maps itself. */
record ColumnMapping(Map<String, String> columns) {

    ColumnMapping {
        columns = Map.copyOf(columns);
    }

    /** A first guess from the headings: each field takes the first unused column that it recognises. */
    static ColumnMapping guess(ImportKind kind, List<String> headers) {
        Map<String, String> guessed = new LinkedHashMap<>();
        List<String> used = new ArrayList<>();
        for (ImportField field : kind.fields()) {
            for (String header : headers) {
                if (!used.contains(header) && field.recognises(header)) {
                    guessed.put(field.key(), header);
                    used.add(header);
                    break;
                }
            }
        }
        return new ColumnMapping(guessed);
    }

    /** The position of the field's column in the file, or -1 when the field is not mapped. */
    int column(String field, List<String> headers) {
        String header = columns.get(field);
        return header == null ? -1 : headers.indexOf(header);
    }

    @Nullable String header(String field) {
        return columns.get(field);
    }

    /** Problems with the mapping itself, by field key: a required field without a column, a missing column, one column used twice. */
    Map<String, String> problems(ImportKind kind, List<String> headers, boolean municipalityChosen) {
        Map<String, String> problems = new LinkedHashMap<>();
        Map<String, String> usedBy = new HashMap<>();
        for (ImportField field : kind.fields()) {
            String header = columns.get(field.key());
            if (header == null || header.isBlank()) {
                if (field.required()) {
                    problems.put(field.key(), "Kies de kolom voor " + field.label() + ".");
                } else if (field.key().equals("gemeente") && !municipalityChosen) {
                    problems.put(field.key(), "Kies de kolom voor de gemeente, of kies hieronder één gemeente voor alle rijen.");
                }
            } else if (!headers.contains(header)) {
                problems.put(field.key(), "Deze kolom staat niet in het bestand.");
            } else if (usedBy.putIfAbsent(header, field.key()) != null) {
                problems.put(field.key(), "Deze kolom is al gekozen voor " + kind.field(usedBy.get(header)).map(ImportField::label).orElse("") + ".");
            }
        }
        return problems;
    }
}
