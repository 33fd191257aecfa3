package nl.opstap.reporting;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * /api/v1/rapportages/{rapport}: any report's tables as the screen shows them, with every row (the total row has code
 * "totaal"). Tabel I and II keep their own mappings, which win over this one.
 */
@RestController
@Tag(name = "Rapportages")
class ReportTablesApiController {

    record Table(@JsonProperty("sleutel") String key, @JsonProperty("titel") String title,
                 @JsonProperty("kolommen") List<Column> columns, @JsonProperty("rijen") List<Row> rows) {}

    record Column(@JsonProperty("sleutel") String key, @JsonProperty("naam") String name) {}

    /** Per column key the figure (a count, or an average with its decimals; null when there is none) and its share in whole percents. */
    @Schema(name = "ReportTableRow")
    record Row(@JsonProperty("code") String code, @JsonProperty("categorie") String category,
               @JsonProperty("waarden") Map<String, @Nullable Number> values, @JsonProperty("percentages") Map<String, Long> percentages) {}

    private final AccessGuard guard;
    private final ReportRequests requests;
    private final ReportCatalogue catalogue;

    ReportTablesApiController(AccessGuard guard, ReportRequests requests, ReportCatalogue catalogue) {
        this.guard = guard;
        this.requests = requests;
        this.catalogue = catalogue;
    }

    @GetMapping(path = "/api/v1/rapportages/{rapport}", produces = "application/json")
    @Operation(summary = "De tabellen van een rapportage, bijvoorbeeld monitoring of doelgroepen", description =
            ReportApiController.DESCRIPTION + " Voor een rapportage over een periode ook van en tot (jjjj-mm-dd; standaard het jaar "
                    + "van de peildatum tot de peildatum). Kolommen: totaal, dan elke gemeente; percentages zijn het aandeel in de kolom.")
    List<Table> report(@PathVariable("rapport") String key, @RequestParam(name = "peildatum", required = false) @Nullable String date,
                       @RequestParam(name = "van", required = false) @Nullable String from,
                       @RequestParam(name = "tot", required = false) @Nullable String to,
                       @RequestParam(name = "gemeenten", required = false) @Nullable List<String> municipalities) {
        Access access = guard.require(Permission.OVERVIEW);
        ReportDefinition report = catalogue.byKey(key);
        return of(report.tables(requests.resolve(access, date, from, to, municipalities), false));
    }

    static List<Table> of(List<ReportTable> tables) {
        return tables.stream().map(t -> new Table(t.key(), t.title(),
                t.columns().stream().map(c -> new Column(c.key(), c.label())).toList(),
                t.rows().stream().map(r -> row(t, r)).toList())).toList();
    }

    private static Row row(ReportTable table, ReportTable.Row row) {
        Map<String, @Nullable Number> values = new LinkedHashMap<>();
        Map<String, Long> shares = new LinkedHashMap<>();
        for (int i = 0; i < table.columns().size(); i++) {
            String column = table.columns().get(i).key();
            ReportTable.Cell cell = row.cells().get(i);
            values.put(column, value(cell));
            if (cell.share() != null) {
                shares.put(column, Math.round(cell.share() * 100));
            }
        }
        return new Row(row.code(), row.label(), values, shares);
    }

    private static @Nullable Number value(ReportTable.Cell cell) {
        if (cell.value() == null) {
            return null;
        }
        if (cell.decimals() == 0) {
            return Math.round(cell.value());
        }
        return java.math.BigDecimal.valueOf(cell.value()).setScale(cell.decimals(), java.math.RoundingMode.HALF_UP);
    }
}
