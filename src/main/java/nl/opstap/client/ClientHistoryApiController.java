package nl.opstap.client;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.audit.LogEntry;
import nl.opstap.shared.domain.PageResult;
import nl.opstap.shared.domain.Paging;
import nl.opstap.shared.web.ApiPage;
import nl.opstap.shared.web.ETags;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The history-bearing parts of a client in the API: benefit status, caseworker, partner, processing log. */
@RestController
@RequestMapping(path = "/api/v1/werkzoekenden/{id}", produces = "application/json")
@Tag(name = "Werkzoekenden")
class ClientHistoryApiController {

    /** A processing-log entry in the API. */
    record LogEntryResource(long volgnummer, java.time.Instant tijdstip, String gebruiker, String rol,
                            String verwerkingsactiviteit, String handeling, String resultaat, String kanaal) {}

    record LogPage(List<LogEntryResource> verwerkingen, ApiPage.Info pagina,
                   java.util.Map<String, ApiPage.Link> _links) {}

    private final AccessGuard guard;
    private final ClientService service;
    private final ClientLookup lookup;
    private final ClientViews views;

    ClientHistoryApiController(AccessGuard guard, ClientService service, ClientLookup lookup, ClientViews views) {
        this.guard = guard;
        this.service = service;
        this.lookup = lookup;
        this.views = views;
    }

    @GetMapping("/uitkeringsstatussen")
    @Operation(summary = "De uitkeringsstatus door de tijd, nieuwste eerst")
    List<ClientResource.HistoryEntry> benefitHistory(@PathVariable UUID id) {
        Access access = guard.require(Permission.CLIENT_READ);
        return views.of(access, service.read(access, new ClientId(id))).benefitHistory().stream()
                .map(ClientResource.HistoryEntry::of).toList();
    }

    @PostMapping(path = "/uitkeringsstatussen", consumes = "application/json")
    @Operation(summary = "Een nieuwe uitkeringsstatus vanaf een datum, of zonder status: de uitkering beëindigen")
    ResponseEntity<ClientResource> changeBenefit(@PathVariable UUID id, @Valid @RequestBody BenefitChange body) {
        Access access = guard.require(Permission.CLIENT_WRITE);
        return answer(access, service.changeBenefit(access, new ClientId(id), body).id());
    }

    @GetMapping("/klantmanagers")
    @Operation(summary = "De toegewezen klantmanagers door de tijd, nieuwste eerst")
    List<ClientResource.HistoryEntry> caseworkerHistory(@PathVariable UUID id) {
        Access access = guard.require(Permission.CLIENT_READ);
        return views.of(access, service.read(access, new ClientId(id))).caseworkerHistory().stream()
                .map(ClientResource.HistoryEntry::of).toList();
    }

    @PutMapping(path = "/klantmanager", consumes = "application/json")
    @Operation(summary = "Een klantmanager toewijzen (vanaf vandaag)")
    ResponseEntity<ClientResource> assignCaseworker(@PathVariable UUID id, @Valid @RequestBody CaseworkerChange body) {
        Access access = guard.require(Permission.CLIENT_WRITE);
        return answer(access, service.assignCaseworker(access, new ClientId(id), body).id());
    }

    @PutMapping(path = "/partner", consumes = "application/json")
    @Operation(summary = "De partner koppelen (partnerId) of ontkoppelen (partnerId leeg)")
    ResponseEntity<ClientResource> changePartner(@PathVariable UUID id, @RequestBody PartnerChange body) {
        Access access = guard.require(Permission.CLIENT_WRITE);
        return answer(access, service.changePartner(access, new ClientId(id), body).id());
    }

    @GetMapping("/verwerkingen")
    @Operation(summary = "Wie dit dossier heeft bekeken of gewijzigd (verwerkingenlogboek)")
    LogPage processingLog(@PathVariable UUID id, @RequestParam(name = "pagina", defaultValue = "1") int page,
                          @RequestParam(name = "paginaGrootte", defaultValue = "25") int size) {
        Access access = guard.require(Permission.PROCESSING_LOG_READ);
        PageResult<LogEntry> entries = lookup.processingHistory(access, new ClientId(id), new Paging(page, size));
        return new LogPage(entries.content().stream().map(e -> new LogEntryResource(e.sequence(), e.occurredAt(),
                        e.username(), e.role(), e.activity(), e.action(), e.outcome(), e.channel())).toList(),
                ApiPage.info(entries), ApiPage.links(entries, ServletUriComponentsBuilder.fromCurrentRequest()));
    }

    private ResponseEntity<ClientResource> answer(Access access, ClientId id) {
        Client client = service.read(access, id);
        return ResponseEntity.ok().eTag(ETags.of(client.version())).body(ClientResource.of(views.of(access, client)));
    }
}
