package nl.opstap.workshop;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.client.ClientId;
import nl.opstap.shared.domain.Paging;
import nl.opstap.shared.web.ApiPage;
import nl.opstap.shared.web.ETags;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** /api/v1/werkplaatsen: commercial workshops and their candidates. */
@RestController
@Tag(name = "Commerciële werkplaatsen", description = "Werkplaatsen met een partnerbedrijf, plaatsen en kandidaten met hun categorie")
class WorkshopApiController {

    private final AccessGuard guard;
    private final WorkshopService service;
    private final WorkshopChecks checks;

    WorkshopApiController(AccessGuard guard, WorkshopService service, WorkshopChecks checks) {
        this.guard = guard;
        this.service = service;
        this.checks = checks;
    }

    @GetMapping(path = "/api/v1/werkplaatsen", produces = "application/json")
    @Operation(summary = "Werkplaatsen", description = "Nieuwste begindatum eerst; zonder kandidaten (zie de werkplaats zelf).")
    WorkshopResources.WorkshopPage list(@RequestParam(name = "pagina", required = false) @Nullable Integer page,
                                        @RequestParam(name = "paginaGrootte", required = false) @Nullable Integer size) {
        Access access = guard.require(Permission.EMPLOYER_READ);
        var result = service.page(access, Paging.of(page, size));
        return WorkshopResources.WorkshopPage.of(result, checks.employerNames(access, result.content().stream().map(Workshop::partner).toList()),
                ApiPage.links(result, ServletUriComponentsBuilder.fromCurrentRequest()));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/api/v1/werkplaatsen", consumes = "application/json", produces = "application/json")
    @Operation(summary = "Een werkplaats registreren", description = "partnerId: een werkgever uit het CRM in dezelfde gemeente; sector: een "
            + "actieve sector van de organisatie; aantalPlaatsen 1..500; einddatum niet vóór de begindatum.")
    ResponseEntity<WorkshopResources.WorkshopResource> create(@Valid @RequestBody WorkshopForm body) {
        Access access = guard.require(Permission.EMPLOYER_WRITE);
        WorkshopId id = service.create(access, body);
        return ResponseEntity.created(URI.create("/api/v1/werkplaatsen/" + id)).eTag(ETags.of(0)).body(resource(access, id));
    }

    @GetMapping(path = "/api/v1/werkplaatsen/{workshopId}", produces = "application/json")
    @Operation(summary = "Een werkplaats", description = "Met kandidaten voor wie werkzoekenden van de gemeente mag inzien (elke inzage "
            + "wordt gelogd). De ETag is de versie; geef die bij wijzigen mee in If-Match.")
    ResponseEntity<WorkshopResources.WorkshopResource> get(@PathVariable UUID workshopId) {
        Access access = guard.require(Permission.EMPLOYER_READ);
        WorkshopId id = service.workshop(access, new WorkshopId(workshopId)).id();
        return ok(access, id);
    }

    @PutMapping(path = "/api/v1/werkplaatsen/{workshopId}", consumes = "application/json", produces = "application/json")
    @Operation(summary = "Een werkplaats wijzigen", description = "Met If-Match; een verouderde versie geeft 412. De gemeente blijft; het "
            + "aantal plaatsen kan niet lager worden dan het aantal geplaatste kandidaten.")
    ResponseEntity<WorkshopResources.WorkshopResource> update(@PathVariable UUID workshopId, @Valid @RequestBody WorkshopForm body,
                                                              @RequestHeader("If-Match") String ifMatch) {
        Access access = guard.require(Permission.EMPLOYER_WRITE);
        WorkshopId id = service.workshop(access, new WorkshopId(workshopId)).id();
        service.update(access, id, ETags.parse(ifMatch), body);
        return ok(access, id);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/api/v1/werkplaatsen/{workshopId}/kandidaten", consumes = "application/json", produces = "application/json")
    @Operation(summary = "Een kandidaat voordragen", description = "werkzoekendeId: een werkzoekende van de gemeente van de werkplaats, "
            + "één keer per werkplaats (anders 409). Zonder categorie (1, 2 of 3) geldt de laatste categorie uit de diagnose "
            + "(praktijkassessment). Status voorgedragen.")
    ResponseEntity<WorkshopResources.WorkshopResource> addCandidate(@PathVariable UUID workshopId, @Valid @RequestBody CandidateForm body) {
        Access access = guard.require(Permission.EMPLOYER_WRITE);
        WorkshopId id = service.workshop(access, new WorkshopId(workshopId)).id();
        service.addCandidate(access, id, body);
        Workshop workshop = service.workshop(access, id);
        return ResponseEntity.status(201).eTag(ETags.of(workshop.version())).body(resource(access, workshop));
    }

    @PostMapping(path = "/api/v1/werkplaatsen/{workshopId}/kandidaten/{clientId}/status", consumes = "application/json",
            produces = "application/json")
    @Operation(summary = "De status van een kandidaat wijzigen", description = "voorgedragen → geplaatst, niet-geselecteerd of gestopt; "
            + "geplaatst → gestopt of doorgestroomd. Plaatsen kan alleen bij een vrije plaats (anders 409). datum: vandaag als die ontbreekt.")
    ResponseEntity<WorkshopResources.WorkshopResource> status(@PathVariable UUID workshopId, @PathVariable UUID clientId,
                                                              @Valid @RequestBody StatusChange body) {
        Access access = guard.require(Permission.EMPLOYER_WRITE);
        WorkshopId id = service.workshop(access, new WorkshopId(workshopId)).id();
        service.changeStatus(access, id, new ClientId(clientId), body);
        return ok(access, id);
    }

    private ResponseEntity<WorkshopResources.WorkshopResource> ok(Access access, WorkshopId id) {
        Workshop workshop = service.workshop(access, id);
        return ResponseEntity.ok().eTag(ETags.of(workshop.version())).body(resource(access, workshop));
    }

    private WorkshopResources.WorkshopResource resource(Access access, WorkshopId id) {
        return resource(access, service.workshop(access, id));
    }

    private WorkshopResources.WorkshopResource resource(Access access, Workshop workshop) {
        List<WorkshopService.Shown> shown = CandidateClients.clientAccess(access, workshop.municipality()).isPresent()
                ? service.candidates(access, workshop) : null;
        return WorkshopResources.WorkshopResource.of(workshop, checks.employerNames(access, List.of(workshop.partner())), shown);
    }
}
