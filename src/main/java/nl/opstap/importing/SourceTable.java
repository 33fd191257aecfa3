package nl.opstap.importing;

import java.util.List;

/**
 * A file as read: its format, the encoding and separator it was read with (CSV), the header row and the
 * non-empty data rows, each with its row number in the file (the header is row 1), and how many empty rows were
 * passed over.
 */
record SourceTable(SourceFormat format, String encoding, String separator, List<String> headers, List<SourceRow> rows, int emptyRows) {

    /** One data row; {@code formulas} marks the cells that held an Excel formula (their value is not used). */
    record SourceRow(int number, String[] cells, boolean[] formulas) {

        String cell(int column) {
            return column < cells.length && cells[column] != null ? cells[column].strip() : "";
        }

        boolean formula(int column) {
            return column < formulas.length && formulas[column];
        }
    }

    enum SourceFormat { CSV, XLSX }
}
