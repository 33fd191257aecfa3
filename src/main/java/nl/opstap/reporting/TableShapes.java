package nl.opstap.reporting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reshapes built tables whose rows are not parts of one whole: several one-line figures shown as one table, or rows
 * that overlap (one person in several), where a column total and shares of it would mislead.
 */
final class TableShapes {

    private TableShapes() {}

    /** The rows of each part (without total rows or shares) as one table; the parts have the same columns. */
    static ReportTable combine(String key, String title, @Nullable String note, List<ReportTable> parts) {
        List<ReportTable.Row> rows = new ArrayList<>();
        parts.forEach(part -> rows.addAll(rowsWithoutShares(part)));
        return new ReportTable(key, title, note, parts.getFirst().columns(), rows, false, null);
    }

    /**
     * Overlapping rows without the total row; a row whose code ends in {@code suffix} is part of the row with the code
     * before it, and shows its share of that row (e.g. "with work capacity" of a target group).
     */
    static ReportTable partsOf(ReportTable table, String suffix) {
        Map<String, ReportTable.Row> byCode = new HashMap<>();
        table.rows().forEach(r -> byCode.put(r.code(), r));
        List<ReportTable.Row> rows = new ArrayList<>();
        for (ReportTable.Row row : rowsWithoutShares(table)) {
            ReportTable.Row whole = row.code().endsWith(suffix)
                    ? byCode.get(row.code().substring(0, row.code().length() - suffix.length())) : null;
            rows.add(whole == null ? row : shareOf(row, whole));
        }
        return new ReportTable(table.key(), table.title(), table.note(), table.columns(), rows, true, table.chart());
    }

    private static List<ReportTable.Row> rowsWithoutShares(ReportTable table) {
        return table.rows().stream().filter(r -> !r.total()).map(r -> new ReportTable.Row(r.code(), r.label(),
                r.cells().stream().map(c -> new ReportTable.Cell(c.value(), c.decimals(), null, c.drill())).toList(), false)).toList();
    }

    private static ReportTable.Row shareOf(ReportTable.Row part, ReportTable.Row whole) {
        List<ReportTable.Cell> cells = new ArrayList<>();
        for (int i = 0; i < part.cells().size(); i++) {
            ReportTable.Cell cell = part.cells().get(i);
            Double of = whole.cells().get(i).value();
            Double share = cell.value() == null || of == null || of == 0 ? null : cell.value() / of;
            cells.add(new ReportTable.Cell(cell.value(), cell.decimals(), share, cell.drill()));
        }
        return new ReportTable.Row(part.code(), part.label(), cells, false);
    }
}
