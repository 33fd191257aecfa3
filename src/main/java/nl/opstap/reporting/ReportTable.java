package nl.opstap.reporting;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One table of a report as screens, API and exports show it: columns (the total first, then each municipality, as the
 * seed lays out its tables), rows of cells, and the drill-down behind each cell.
 *
 * @param shares whether cells carry a share of their column's total (shown as "556 (62%)")
 * @param chart how the screen draws it beside the table ({@code bar}, {@code line}), or null for a table only
 */
record ReportTable(String key, String title, @Nullable String note, List<Column> columns, List<Row> rows, boolean shares,
                   @Nullable String chart) {

    /** A column: the key is a municipality code, {@value #TOTAL} for all municipalities together, or a measure's name. */
    record Column(String key, String label) {
        static final String TOTAL = "totaal";

        public boolean isTotal() {
            return TOTAL.equals(key);
        }
    }

    record Row(String code, String label, List<Cell> cells, boolean total) {}

    /**
     * A figure with the decimals it is shown with; {@code share} its part of the column total (0..1); {@code drill}
     * the query string that opens the clients behind it, or null when there is nothing to open.
     */
    record Cell(@Nullable Double value, int decimals, @Nullable Double share, @Nullable String drill) {

        static Cell count(long value) {
            return new Cell((double) value, 0, null, null);
        }

        static Cell of(@Nullable Double value, int decimals) {
            return new Cell(value, decimals, null, null);
        }

        /** The figure as the screens print it, Dutch style (1.189; 3,9571); "–" when there is none. */
        public String text() {
            if (value == null) {
                return "–";
            }
            return String.format(Locale.GERMANY, decimals == 0 ? "%,.0f" : "%,." + decimals + "f", value);
        }

        public @Nullable String shareText() {
            return share == null ? null : Math.round(share * 100) + "%";
        }
    }

    ReportTable withChart(String kind) {
        return new ReportTable(key, title, note, columns, rows, shares, kind);
    }
}
