package nl.opstap.portfolio;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.shared.web.ETags;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** /api/v1/mijn/portfolio: the job seeker's own portfolio; no client id is ever taken from the request. */
@RestController
@RequestMapping(path = "/api/v1/mijn/portfolio", produces = "application/json")
@Tag(name = "Mijn portfolio", description = "Het e-portfolio van de ingelogde werkzoekende: opleiding, werkervaring, vaardigheden, "
        + "leerpunten, sollicitaties en referenties")
class PortfolioApiController {

    private final AccessGuard guard;
    private final PortfolioFiles files;
    private final PortfolioService service;

    PortfolioApiController(AccessGuard guard, PortfolioFiles files, PortfolioService service) {
        this.guard = guard;
        this.files = files;
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "Het hele portfolio", description = "Met activiteiten, testuitslagen, opmerkingen van de consulent en documenten.")
    PortfolioResource read() {
        Access access = guard.require(Permission.OWN_FILE);
        return PortfolioResource.of(files.view(access, files.own(access, ProcessingAction.READ)));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/onderdelen", consumes = "application/json")
    @Operation(summary = "Een onderdeel toevoegen", description = "onderdeel: opleiding, werkervaring, vaardigheid, leerpunt, "
            + "sollicitatie of referentie.")
    ResponseEntity<PortfolioResource.Entry> create(@RequestBody PortfolioEntryForm body) {
        Access access = guard.require(Permission.OWN_FILE);
        PortfolioSection section = PortfolioSection.find(body.section() == null ? "" : body.section()).orElseThrow(() ->
                RuleViolation.of(PortfolioEntryForm.class, "section", "unknown",
                        "Kies een onderdeel: opleiding, werkervaring, vaardigheid, leerpunt, sollicitatie of referentie."));
        PortfolioEntry entry = service.add(access, section, body);
        return ResponseEntity.created(URI.create("/api/v1/mijn/portfolio/onderdelen/" + entry.id())).eTag(ETags.of(entry.version()))
                .body(PortfolioResource.Entry.of(entry));
    }

    @GetMapping("/onderdelen/{id}")
    @Operation(summary = "Eén onderdeel", description = "Met de ETag voor If-Match bij wijzigen of verwijderen.")
    ResponseEntity<PortfolioResource.Entry> entry(@PathVariable UUID id) {
        Access access = guard.require(Permission.OWN_FILE);
        PortfolioEntry entry = service.entry(access, new PortfolioEntryId(id));
        return ResponseEntity.ok().eTag(ETags.of(entry.version())).body(PortfolioResource.Entry.of(entry));
    }

    @PutMapping(path = "/onderdelen/{id}", consumes = "application/json")
    @Operation(summary = "Een onderdeel wijzigen", description = "Met If-Match; het onderdeel zelf verandert niet van soort.")
    ResponseEntity<PortfolioResource.Entry> change(@PathVariable UUID id, @RequestBody PortfolioEntryForm body,
                                                   @RequestHeader("If-Match") String ifMatch) {
        Access access = guard.require(Permission.OWN_FILE);
        PortfolioEntry entry = service.change(access, new PortfolioEntryId(id), body.withVersion(ETags.parse(ifMatch)));
        return ResponseEntity.ok().eTag(ETags.of(entry.version())).body(PortfolioResource.Entry.of(entry));
    }

    @DeleteMapping("/onderdelen/{id}")
    @Operation(summary = "Een onderdeel verwijderen", description = "Met If-Match.")
    ResponseEntity<Void> delete(@PathVariable UUID id, @RequestHeader("If-Match") @Nullable String ifMatch) {
        Access access = guard.require(Permission.OWN_FILE);
        service.delete(access, new PortfolioEntryId(id), ifMatch == null ? null : ETags.parse(ifMatch));
        return ResponseEntity.noContent().build();
    }

}
