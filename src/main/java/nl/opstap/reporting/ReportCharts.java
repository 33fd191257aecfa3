package nl.opstap.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data a chart beside a report table draws (report-charts.js): the categories, and a series per municipality (or
 * the total alone when there is one). The total row is left out; the table beside the chart holds every number.
 */
@Component("reportCharts")
class ReportCharts {

    private final JsonMapper json;

    ReportCharts(JsonMapper json) {
        this.json = json;
    }

    public String json(ReportTable table) {
        List<String> categories = new ArrayList<>();
        table.rows().stream().filter(r -> !r.total()).forEach(r -> categories.add(r.label()));
        boolean single = table.columns().size() <= 2;
        List<Map<String, Object>> series = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            ReportTable.Column column = table.columns().get(c);
            if (column.isTotal() && !single) {
                continue;
            }
            List<Double> data = new ArrayList<>();
            for (ReportTable.Row row : table.rows()) {
                if (!row.total()) {
                    Double value = row.cells().get(c).value();
                    data.add(value == null ? 0 : value);
                }
            }
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("name", column.label());
            one.put("data", data);
            series.add(one);
            if (single) {
                break;
            }
        }
        return json.writeValueAsString(Map.of("categories", categories, "series", series));
    }
}
