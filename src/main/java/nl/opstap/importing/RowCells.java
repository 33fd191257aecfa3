package nl.opstap.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A row's cells by field, through the column mapping. A cell that held an Excel formula, or text that starts like
 * one (=, @, or + outside a phone number), is a problem: Opstap neither calculates nor stores what a spreadsheet
 * would later run. Problems name the row, the column heading and the field, never the value.
 */
final class RowCells {

    private final ImportKind kind;
    private final Map<String, Integer> positions = new HashMap<>();
    private final Map<String, String> headings = new HashMap<>();

    RowCells(ImportKind kind, ColumnMapping mapping, List<String> headers) {
        this.kind = kind;
        for (ImportField field : kind.fields()) {
            int column = mapping.column(field.key(), headers);
            if (column >= 0) {
                positions.put(field.key(), column);
                headings.put(field.key(), headers.get(column));
            }
        }
    }

    boolean mapped(@Nullable String field) {
        return field != null && positions.containsKey(field);
    }

    Reading reading(SourceTable.SourceRow row, List<RowProblem> problems) {
        return new Reading(row, problems);
    }

    /** Where a field's problem is reported: its label and its column heading. */
    RowProblem problem(int row, String field, String message) {
        String label = kind.field(field).map(ImportField::label).orElse(field);
        return new RowProblem(row, headings.get(field), label, message);
    }

    final class Reading {

        private final SourceTable.SourceRow row;
        private final List<RowProblem> problems;
        private boolean clean = true;

        private Reading(SourceTable.SourceRow row, List<RowProblem> problems) {
            this.row = row;
            this.problems = problems;
        }

        /** The cell's text, stripped; "" when the field is not mapped or the cell is empty or refused. */
        String text(String field) {
            Integer column = positions.get(field);
            if (column == null) {
                return "";
            }
            if (row.formula(column)) {
                add(field, "De cel bevat een formule. Opstap rekent niet: zet de uitkomst als waarde in de cel.");
                return "";
            }
            String value = row.cell(column);
            if (!value.isEmpty() && (value.charAt(0) == '=' || value.charAt(0) == '@' || value.charAt(0) == '+' && !field.equals("telefoon"))) {
                add(field, "De waarde begint met =, + of @ en lijkt op een formule; die wordt niet ingelezen.");
                return "";
            }
            return value;
        }

        /** The parsed cell, or null when empty or unreadable (then a problem is added). */
        <T> @Nullable T value(String field, Function<String, @Nullable T> parser) {
            int before = problems.size();
            String text = text(field);
            if (text.isEmpty() || problems.size() != before) {
                return null;
            }
            try {
                return parser.apply(text);
            } catch (IllegalArgumentException unreadable) {
                add(field, unreadable.getMessage());
                return null;
            }
        }

        boolean clean() {
            return clean;
        }

        private void add(String field, String message) {
            clean = false;
            problems.add(problem(row.number(), field, message));
        }
    }
}
