package nl.opstap.employer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.access.UserId;
import nl.opstap.shared.domain.Paging;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.shared.web.ApiPage;
import nl.opstap.shared.web.ETags;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** /api/v1/werkgevers: employers, their contact persons and contact moments. */
@RestController
@Tag(name = "Werkgevers", description = "Werkgevers, contactpersonen en contactmomenten (werkgeversdienstverlening)")
class EmployerApiController {

    private final AccessGuard guard;
    private final EmployerService service;

    EmployerApiController(AccessGuard guard, EmployerService service) {
        this.guard = guard;
        this.service = service;
    }

    @GetMapping(path = "/api/v1/werkgevers", produces = "application/json")
    @Operation(summary = "Werkgevers zoeken", description = "zoek: naam, KvK-nummer of postcode; nietGesprokenMaanden: zonder contact in die periode.")
    EmployerResources.EmployerPage list(@RequestParam(name = "zoek", required = false) @Nullable String text,
                                        @RequestParam(name = "accountmanager", required = false) @Nullable UUID manager,
                                        @RequestParam(name = "nietGesprokenMaanden", required = false) @Nullable Integer months,
                                        @RequestParam(name = "pagina", required = false) @Nullable Integer page,
                                        @RequestParam(name = "paginaGrootte", required = false) @Nullable Integer size) {
        Access access = guard.require(Permission.EMPLOYER_READ);
        if (months != null && (months < 1 || months > 120)) {
            throw RuleViolation.of(null, "nietGesprokenMaanden", "range", "Geef een aantal maanden van 1 tot en met 120.");
        }
        var query = new EmployerRows.Query(text, manager == null ? null : new UserId(manager),
                months == null ? null : service.today().minusMonths(months));
        var result = service.search(access, query, Paging.of(page, size));
        return EmployerResources.EmployerPage.of(result, ApiPage.links(result, ServletUriComponentsBuilder.fromCurrentRequest()));
    }

    @PostMapping(path = "/api/v1/werkgevers", consumes = "application/json", produces = "application/json")
    @Operation(summary = "Een werkgever registreren", description = "KvK-nummer: 8 cijfers, uniek binnen de organisatie (anders 409).")
    ResponseEntity<EmployerResources.EmployerResource> create(@Valid @RequestBody EmployerForm body) {
        Access access = guard.require(Permission.EMPLOYER_WRITE);
        EmployerId id = service.create(access, body);
        Employer employer = service.employer(access, id);
        return ResponseEntity.created(URI.create("/api/v1/werkgevers/" + id)).eTag(ETags.of(employer.version()))
                .body(EmployerResources.EmployerResource.of(employer));
    }

    @GetMapping(path = "/api/v1/werkgevers/{employerId}", produces = "application/json")
    @Operation(summary = "Een werkgever", description = "De ETag is de versie; geef die bij wijzigen mee in If-Match.")
    ResponseEntity<EmployerResources.EmployerResource> get(@PathVariable UUID employerId) {
        Access access = guard.require(Permission.EMPLOYER_READ);
        Employer employer = service.employer(access, new EmployerId(employerId));
        return ResponseEntity.ok().eTag(ETags.of(employer.version())).body(EmployerResources.EmployerResource.of(employer));
    }

    @PutMapping(path = "/api/v1/werkgevers/{employerId}", consumes = "application/json", produces = "application/json")
    @Operation(summary = "Een werkgever wijzigen", description = "Met If-Match; een verouderde versie geeft 412.")
    ResponseEntity<EmployerResources.EmployerResource> update(@PathVariable UUID employerId, @Valid @RequestBody EmployerForm body,
                                                              @RequestHeader("If-Match") String ifMatch) {
        Access access = guard.require(Permission.EMPLOYER_WRITE);
        EmployerId id = service.employer(access, new EmployerId(employerId)).id();
        service.update(access, id, ETags.parse(ifMatch), body);
        Employer employer = service.employer(access, id);
        return ResponseEntity.ok().eTag(ETags.of(employer.version())).body(EmployerResources.EmployerResource.of(employer));
    }

    @GetMapping(path = "/api/v1/werkgevers/{employerId}/contactpersonen", produces = "application/json")
    @Operation(summary = "De contactpersonen van een werkgever")
    List<EmployerResources.ContactResource> contacts(@PathVariable UUID employerId) {
        Access access = guard.require(Permission.EMPLOYER_READ);
        Employer employer = service.employer(access, new EmployerId(employerId));
        return service.contacts(access, employer).stream().map(EmployerResources.ContactResource::of).toList();
    }

    @PostMapping(path = "/api/v1/werkgevers/{employerId}/contactpersonen", consumes = "application/json", produces = "application/json")
    @Operation(summary = "Een contactpersoon toevoegen")
    ResponseEntity<List<EmployerResources.ContactResource>> addContact(@PathVariable UUID employerId, @Valid @RequestBody ContactForm body) {
        Access access = guard.require(Permission.EMPLOYER_WRITE);
        Employer employer = service.employer(access, new EmployerId(employerId));
        service.addContact(access, employer.id(), body);
        return ResponseEntity.status(201).body(service.contacts(access, employer).stream().map(EmployerResources.ContactResource::of).toList());
    }

    @GetMapping(path = "/api/v1/werkgevers/{employerId}/contactmomenten", produces = "application/json")
    @Operation(summary = "De contactmomenten van een werkgever, nieuwste eerst")
    List<EmployerResources.MomentResource> moments(@PathVariable UUID employerId) {
        Access access = guard.require(Permission.EMPLOYER_READ);
        Employer employer = service.employer(access, new EmployerId(employerId));
        return service.moments(access, employer).stream().map(EmployerResources.MomentResource::of).toList();
    }

    @PostMapping(path = "/api/v1/werkgevers/{employerId}/contactmomenten", consumes = "application/json", produces = "application/json")
    @Operation(summary = "Een contactmoment vastleggen", description = "datum niet in de toekomst; vervolgactieDatum niet vóór datum. "
            + "bemiddeling=true met optioneel bemiddeldeWerkzoekende (id, zelfde gemeente).")
    ResponseEntity<List<EmployerResources.MomentResource>> addMoment(@PathVariable UUID employerId, @Valid @RequestBody ContactMomentForm body) {
        Access access = guard.require(Permission.EMPLOYER_WRITE);
        Employer employer = service.employer(access, new EmployerId(employerId));
        service.addMoment(access, employer.id(), body);
        return ResponseEntity.status(201).body(service.moments(access, employer).stream().map(EmployerResources.MomentResource::of).toList());
    }
}
