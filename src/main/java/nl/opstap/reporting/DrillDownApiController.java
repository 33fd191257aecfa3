package nl.opstap.reporting;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** /api/v1/rapportages/{cijfer}/werkzoekenden: the clients behind a figure, logged as a list read of each file. */
@RestController
@Tag(name = "Rapportages")
class DrillDownApiController {

    record Listed(@JsonProperty("cijfer") String indicator, @JsonProperty("categorie") @Nullable String category,
                  @JsonProperty("volledig") boolean complete, @JsonProperty("werkzoekenden") List<Client> clients) {}

    record Client(@JsonProperty("id") UUID id, @JsonProperty("naam") String name, @JsonProperty("geboortedatum") LocalDate dateOfBirth,
                  @JsonProperty("gemeente") String municipality) {}

    private final AccessGuard guard;
    private final ReportRequests requests;
    private final DrillDowns drillDowns;

    DrillDownApiController(AccessGuard guard, ReportRequests requests, DrillDowns drillDowns) {
        this.guard = guard;
        this.requests = requests;
        this.drillDowns = drillDowns;
    }

    @GetMapping(path = "/api/v1/rapportages/{indicator}/werkzoekenden", produces = "application/json")
    @Operation(summary = "De werkzoekenden achter een cijfer", description = "Dezelfde parameters als de rapportage, plus categorie "
            + "(de code van de rij; weglaten voor het totaal). Alleen voor wie de dossiers van die gemeenten mag inzien; elke "
            + "getoonde werkzoekende komt in het verwerkingenlogboek. Hoogstens " + DrillDowns.LIMIT + " (volledig=false als er meer zijn).")
    Listed clients(@PathVariable String indicator, @RequestParam(name = "peildatum", required = false) @Nullable String date,
                   @RequestParam(name = "van", required = false) @Nullable String from,
                   @RequestParam(name = "tot", required = false) @Nullable String to,
                   @RequestParam(name = "gemeenten", required = false) @Nullable List<String> municipalities,
                   @RequestParam(name = "categorie", required = false) @Nullable String category) {
        Access access = guard.require(Permission.OVERVIEW);
        DrillDowns.Listed listed = drillDowns.clients(access, requests.resolve(access, date, from, to, municipalities), indicator,
                category == null || category.isBlank() ? null : category);
        return new Listed(listed.indicator().key(), listed.category(), listed.complete(), listed.clients().stream()
                .map(c -> new Client(c.id().value(), c.fullName(), c.dateOfBirth(), c.municipality().value())).toList());
    }
}
