package nl.opstap.reporting;

import java.util.ArrayList;
import java.util.List;
import nl.opstap.shared.domain.RuleViolation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Two municipalities side by side on the same indicators (seed 004: Stadskanaal sends everyone to the TDC, Veendam
 * screens first). The tables of the other reports, without the total column; shares make different sizes comparable.
 */
@Component
class ComparisonReport implements ReportDefinition {

    /** The reports whose tables are compared, in this order. */
    static final List<String> COMPARED = List.of("tabellen", "doelgroepen", "monitoring");

    private final ObjectProvider<ReportCatalogue> catalogue;

    ComparisonReport(ObjectProvider<ReportCatalogue> catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public String key() {
        return "vergelijking";
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public boolean usesPeriod() {
        return true;
    }

    @Override
    public List<ReportTable> tables(ReportRequest request, boolean drillable) {
        if (request.municipalities().size() != 2) {
            throw RuleViolation.of(null, ReportRequest.MUNICIPALITIES, "two", "Kies precies twee gemeenten om te vergelijken.");
        }
        List<ReportTable> result = new ArrayList<>();
        for (String key : COMPARED) {
            catalogue.getObject().find(key).ifPresent(report -> report.tables(request, drillable).forEach(t -> result.add(withoutTotal(t))));
        }
        return result;
    }

    static ReportTable withoutTotal(ReportTable table) {
        int total = -1;
        for (int i = 0; i < table.columns().size(); i++) {
            if (table.columns().get(i).isTotal()) {
                total = i;
            }
        }
        if (total < 0) {
            return table;
        }
        int skip = total;
        List<ReportTable.Column> columns = new ArrayList<>(table.columns());
        columns.remove(skip);
        List<ReportTable.Row> rows = table.rows().stream().map(r -> {
            List<ReportTable.Cell> cells = new ArrayList<>(r.cells());
            cells.remove(skip);
            return new ReportTable.Row(r.code(), r.label(), cells, r.total());
        }).toList();
        return new ReportTable(table.key(), table.title(), table.note(), columns, rows, table.shares(), table.chart());
    }
}
