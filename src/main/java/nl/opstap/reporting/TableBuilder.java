package nl.opstap.reporting;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Lays counted figures out as a {@link ReportTable}: a row per category in the indicator's order, the total column
 * first, and for counts a total row and each cell's share of its column. The drill-down of a cell names the
 * indicator, municipality, category and dates, so the list behind it is the same query filtered; a cell whose rows
 * name no client has none.
 */
final class TableBuilder {

    private TableBuilder() {}

    static ReportTable build(Indicator indicator, Figures figures, ReportRequest request, String title, @Nullable String note,
                             Function<String, String> label, String totalLabel, boolean drillable) {
        List<ReportTable.Column> columns = new ArrayList<>();
        columns.add(new ReportTable.Column(ReportTable.Column.TOTAL, totalLabel));
        request.municipalities().forEach(m -> columns.add(new ReportTable.Column(m.code().value(), m.name())));
        List<String> codes = request.codes();
        List<String> categories = indicator.categoriesIn(figures, codes);
        boolean counts = indicator.measure() == Indicator.Measure.COUNT;
        List<ReportTable.Row> rows = new ArrayList<>();
        for (String category : categories) {
            List<ReportTable.Cell> cells = new ArrayList<>();
            for (ReportTable.Column column : columns) {
                Figures.Cell cell = cellOf(figures, codes, column, category);
                Double share = counts ? share(cell.count(), columnTotal(categories, figures, codes, column)) : null;
                cells.add(cell(indicator, cell, share, drillable ? drill(indicator, request, column, category) : null));
            }
            rows.add(new ReportTable.Row(category, label.apply(category), cells, false));
        }
        if (counts) {
            rows.add(totalRow(indicator, categories, figures, request, columns, drillable));
        }
        return new ReportTable(indicator.key(), title, note, columns, rows, counts, null);
    }

    private static ReportTable.Row totalRow(Indicator indicator, List<String> categories, Figures figures, ReportRequest request,
                                            List<ReportTable.Column> columns, boolean drillable) {
        List<ReportTable.Cell> cells = new ArrayList<>();
        for (ReportTable.Column column : columns) {
            long total = columnTotal(categories, figures, request.codes(), column);
            long clients = 0;
            for (String category : categories) {
                clients += cellOf(figures, request.codes(), column, category).clients();
            }
            cells.add(new ReportTable.Cell((double) total, 0, total == 0 ? null : 1.0,
                    drillable && clients > 0 ? drill(indicator, request, column, null) : null));
        }
        return new ReportTable.Row("totaal", "Totaal", cells, true);
    }

    private static ReportTable.Cell cell(Indicator indicator, Figures.Cell cell, @Nullable Double share, @Nullable String drill) {
        @Nullable String link = cell.clients() == 0 ? null : drill;
        if (indicator.measure() == Indicator.Measure.AVERAGE) {
            return new ReportTable.Cell(cell.count() == 0 ? null : cell.sum() / cell.count(), 1, null, link);
        }
        return new ReportTable.Cell((double) cell.count(), 0, share, link);
    }

    private static Figures.Cell cellOf(Figures figures, List<String> codes, ReportTable.Column column, String category) {
        return column.isTotal() ? figures.total(codes, category) : figures.of(column.key(), category);
    }

    private static long columnTotal(List<String> categories, Figures figures, List<String> codes, ReportTable.Column column) {
        long total = 0;
        for (String category : categories) {
            total += cellOf(figures, codes, column, category).count();
        }
        return total;
    }

    private static @Nullable Double share(long count, long total) {
        return total == 0 ? null : (double) count / total;
    }

    private static String drill(Indicator indicator, ReportRequest request, ReportTable.Column column, @Nullable String category) {
        StringBuilder query = new StringBuilder("indicator=").append(indicator.key())
                .append("&peildatum=").append(request.referenceDate())
                .append("&van=").append(request.from()).append("&tot=").append(request.to())
                .append("&gemeenten=").append(column.isTotal() ? String.join(",", request.codes()) : column.key());
        if (category != null) {
            query.append("&categorie=").append(URLEncoder.encode(category, StandardCharsets.UTF_8));
        }
        return query.toString();
    }
}
