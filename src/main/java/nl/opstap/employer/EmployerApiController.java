package nl.opstap.employer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
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

/** /api/v1/werkgevers: employers (contact persons and contact moments: {@link ContactApiController}, {@link MomentApiController}). */
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

    @ResponseStatus(HttpStatus.CREATED)
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
}
