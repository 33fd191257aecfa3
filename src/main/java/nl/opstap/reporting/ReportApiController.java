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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** /api/v1/rapportages: Tabel I and II as rows per category, counts per municipality and in total. */
@RestController
@Tag(name = "Rapportages", description = "Sturingsinformatie op een peildatum, per gemeente en in totaal")
class ReportApiController {

    /** A category: the count per municipality code, its share of that municipality's total in whole percents, and the total. */
    @Schema(name = "ReportRow")
    record Row(@JsonProperty("categorie") String category, @JsonProperty("code") String code,
               @JsonProperty("aantallen") Map<String, Long> counts, @JsonProperty("percentages") Map<String, Long> percentages,
               @JsonProperty("totaal") long total, @JsonProperty("totaalPercentage") @Nullable Long totalPercentage) {}

    static final String DESCRIPTION = "peildatum (jjjj-mm-dd, standaard vandaag; niet in de toekomst en niet vóór de eerste gegevens); "
            + "gemeenten: CBS-codes, komma-gescheiden of herhaald (standaard alle gemeenten waarvoor u cijfers mag zien). Eén rij per "
            + "categorie in de volgorde van de tabel; telt wat op de peildatum gold, met correcties verwerkt.";

    private final AccessGuard guard;
    private final ReportRequests requests;
    private final Tables tables;

    ReportApiController(AccessGuard guard, ReportRequests requests, Tables tables) {
        this.guard = guard;
        this.requests = requests;
        this.tables = tables;
    }

    @GetMapping(path = "/api/v1/rapportages/tabel-1", produces = "application/json")
    @Operation(summary = "Tabel I: huidige situatie en trajecten", description = DESCRIPTION)
    List<Row> tabel1(@RequestParam(name = "peildatum", required = false) @Nullable String date,
                     @RequestParam(name = "gemeenten", required = false) @Nullable List<String> municipalities) {
        Access access = guard.require(Permission.OVERVIEW);
        return rows(tables.tabel1(requests.resolve(access, date, null, null, municipalities), false));
    }

    @GetMapping(path = "/api/v1/rapportages/tabel-2", produces = "application/json")
    @Operation(summary = "Tabel II: perspectief", description = DESCRIPTION + " Arbeidsvermogen = Parttime werk + Werk.")
    List<Row> tabel2(@RequestParam(name = "peildatum", required = false) @Nullable String date,
                     @RequestParam(name = "gemeenten", required = false) @Nullable List<String> municipalities) {
        Access access = guard.require(Permission.OVERVIEW);
        return rows(tables.tabel2(requests.resolve(access, date, null, null, municipalities), false));
    }

    /** Category rows only: the totals per municipality are their sums (the screen and exports add a total row). */
    static List<Row> rows(ReportTable table) {
        return table.rows().stream().filter(r -> !r.total()).map(r -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            Map<String, Long> shares = new LinkedHashMap<>();
            long total = 0;
            Long totalShare = null;
            for (int i = 0; i < table.columns().size(); i++) {
                ReportTable.Cell cell = r.cells().get(i);
                long value = cell.value() == null ? 0 : Math.round(cell.value());
                Long share = cell.share() == null ? null : Math.round(cell.share() * 100);
                if (table.columns().get(i).isTotal()) {
                    total = value;
                    totalShare = share;
                } else {
                    counts.put(table.columns().get(i).key(), value);
                    if (share != null) {
                        shares.put(table.columns().get(i).key(), share);
                    }
                }
            }
            return new Row(r.label(), r.code(), counts, shares, total, totalShare);
        }).toList();
    }
}
