package nl.opstap.reporting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The answer of GET /api/v1/rapportages/{rapport}, read back for the integration tests. */
record ReportJson(List<Map<String, Object>> tables) {

    static ReportJson of(JsonMapper json, String body) {
        return new ReportJson(json.readValue(body, new TypeReference<List<Map<String, Object>>>() {}));
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> rows(String table) {
        return (List<Map<String, Object>>) tables.stream().filter(t -> table.equals(t.get("sleutel"))).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + table)).get("rijen");
    }

    /** Per row code (the total row left out) the figure in the column, rows without a figure there left out. */
    @SuppressWarnings("unchecked")
    Map<String, Number> column(String table, String column) {
        Map<String, Number> values = new LinkedHashMap<>();
        for (Map<String, Object> row : rows(table)) {
            Number value = ((Map<String, Number>) row.get("waarden")).get(column);
            if (!"totaal".equals(row.get("code")) && value != null && value.doubleValue() != 0) {
                values.put((String) row.get("code"), value);
            }
        }
        return values;
    }

    /** The column as whole counts. */
    Map<String, Long> counts(String table, String column) {
        Map<String, Long> counts = new LinkedHashMap<>();
        column(table, column).forEach((code, value) -> counts.put(code, value.longValue()));
        return counts;
    }

    @SuppressWarnings("unchecked")
    @Nullable Number value(String table, String row, String column) {
        return rows(table).stream().filter(r -> row.equals(r.get("code"))).findFirst()
                .map(r -> ((Map<String, Number>) r.get("waarden")).get(column)).orElse(null);
    }

    @SuppressWarnings("unchecked")
    @Nullable Number percentage(String table, String row, String column) {
        return rows(table).stream().filter(r -> row.equals(r.get("code"))).findFirst()
                .map(r -> ((Map<String, Number>) r.get("percentages")).get(column)).orElse(null);
    }

    List<Object> codes(String table) {
        return rows(table).stream().map(r -> r.get("code")).toList();
    }

    List<Object> labels(String table) {
        return rows(table).stream().map(r -> r.get("categorie")).toList();
    }
}
