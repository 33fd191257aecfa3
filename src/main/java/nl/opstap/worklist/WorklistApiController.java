package nl.opstap.worklist;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.access.UserId;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientId;
import nl.opstap.shared.web.MessageCodes;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** /api/v1/werklijst: worklists and bulk reassignment in the API. */
@RestController
@RequestMapping(path = "/api/v1/werklijst", produces = "application/json")
@Tag(name = "Werklijsten", description = "Wat er in een caseload binnenkort of te laat moet gebeuren")
class WorklistApiController {

    private final AccessGuard guard;
    private final Worklists worklists;
    private final ClientDirectory clients;
    private final MessageSource messages;

    WorklistApiController(AccessGuard guard, Worklists worklists, ClientDirectory clients, MessageSource messages) {
        this.guard = guard;
        this.worklists = worklists;
        this.clients = clients;
        this.messages = messages;
    }

    record Item(@JsonProperty("soort") String kind, @JsonProperty("soortOmschrijving") String kindLabel,
                @JsonProperty("uiterlijk") LocalDate due, @JsonProperty("teLaat") boolean overdue,
                @JsonProperty("omschrijving") String description, @JsonProperty("link") @Nullable String href) {}

    @Schema(name = "WorklistLine")
    record Line(@JsonProperty("werkzoekendeId") UUID client, @JsonProperty("naam") String name,
                @JsonProperty("gemeenteCode") String municipality, @JsonProperty("taken") List<Item> items) {}

    record Answer(@JsonProperty("peildatum") LocalDate today, @JsonProperty("aantalTaken") long items,
                  @JsonProperty("aantalTeLaat") long overdue, @JsonProperty("werkzoekenden") List<Line> lines) {}

    record TeamLine(@JsonProperty("klantmanagerId") @Nullable UUID caseworker, @JsonProperty("naam") @Nullable String name,
                    @JsonProperty("aantalWerkzoekenden") int clients, @JsonProperty("aantalTaken") long items,
                    @JsonProperty("aantalTeLaat") long overdue) {}

    record Result(@JsonProperty("aantalGewijzigd") int changed) {}

    @GetMapping
    @Operation(summary = "Mijn werklijst", description = "Alles wat in uw caseload te laat is of binnen twee weken moet. "
            + "Filter met soort (bv. herbeoordeling) en teLaat=true.")
    Answer own(@RequestParam(name = "soort", required = false) String kind,
               @RequestParam(name = "teLaat", defaultValue = "false") boolean overdueOnly) {
        Access access = guard.require(Permission.CLIENT_WRITE);
        return answer(worklists.of(access, access.user().id(), filter(kind, overdueOnly)));
    }

    @GetMapping("/team")
    @Operation(summary = "Werklijsten van het team", description = "Per klantmanager de caseload en het aantal taken; "
            + "klantmanagerId null staat voor de niet toegewezen werkzoekenden.")
    List<TeamLine> team() {
        Access access = guard.require(Permission.OVERVIEW);
        return worklists.team(access).stream()
                .map(r -> new TeamLine(r.caseworker(), r.name(), r.clients(), r.items(), r.overdue())).toList();
    }

    @GetMapping("/team/{klantmanager}")
    @Operation(summary = "De werklijst van één klantmanager", description = "Gebruik 'geen' voor de niet toegewezen werkzoekenden.")
    Answer ofCaseworker(@PathVariable("klantmanager") String caseworker, @RequestParam(name = "soort", required = false) String kind,
                        @RequestParam(name = "teLaat", defaultValue = "false") boolean overdueOnly) {
        Access access = guard.require(Permission.OVERVIEW);
        UserId id = WorklistKeys.caseworker(caseworker);
        worklists.caseworkerName(access, id);
        return answer(worklists.of(access, id, filter(kind, overdueOnly)));
    }

    @PostMapping(path = "/herverdelingen", consumes = "application/json")
    @Operation(summary = "Werkzoekenden herverdelen", description = "Wijst alle genoemde werkzoekenden per vandaag toe aan één "
            + "klantmanager; alles of niets.")
    Result reassign(@Valid @RequestBody Reassignment body) {
        Access access = guard.require(Permission.CASELOAD_ASSIGN);
        return new Result(clients.reassign(access, body.clientIds().stream().map(ClientId::new).toList(),
                new UserId(body.caseworkerId())));
    }

    private WorklistFilter filter(@Nullable String kind, boolean overdueOnly) {
        return new WorklistFilter(kind == null || kind.isBlank() ? null : kind, overdueOnly,
                key -> MessageCodes.code(messages, key));
    }

    private Answer answer(Worklist worklist) {
        List<Line> lines = worklist.lines().stream().map(l -> new Line(l.client().id().value(), l.client().fullName(),
                l.client().municipality().value(), l.items().stream().map(i -> new Item(
                        MessageCodes.code(messages, i.kindKey()),
                        messages.getMessage(i.kindKey(), null, i.kindKey(), LocaleContextHolder.getLocale()),
                        i.due(), worklist.isOverdue(i), i.description(), i.href())).toList())).toList();
        return new Answer(worklist.today(), worklist.itemCount(), worklist.overdueCount(), lines);
    }
}
