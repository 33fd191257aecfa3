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

/** /api/v1/uitzendsessies: temp-agency sessions, their proposed candidates and outcome. */
@RestController
@Tag(name = "Uitzendsessies", description = "Sessies van uitzendbureaus met voorgedragen kandidaten en de uitkomst")
class SessionApiController {

    private final AccessGuard guard;
    private final SessionService service;
    private final WorkshopChecks checks;

    SessionApiController(AccessGuard guard, SessionService service, WorkshopChecks checks) {
        this.guard = guard;
        this.service = service;
        this.checks = checks;
    }

    @GetMapping(path = "/api/v1/uitzendsessies", produces = "application/json")
    @Operation(summary = "Uitzendsessies", description = "Nieuwste datum eerst; zonder kandidaten (zie de sessie zelf).")
    WorkshopResources.SessionPage list(@RequestParam(name = "pagina", required = false) @Nullable Integer page,
                                       @RequestParam(name = "paginaGrootte", required = false) @Nullable Integer size) {
        Access access = guard.require(Permission.EMPLOYER_READ);
        var result = service.page(access, Paging.of(page, size));
        return WorkshopResources.SessionPage.of(result, checks.employerNames(access, result.content().stream().map(Session::agency).toList()),
                ApiPage.links(result, ServletUriComponentsBuilder.fromCurrentRequest()));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/api/v1/uitzendsessies", consumes = "application/json", produces = "application/json")
    @Operation(summary = "Een uitzendsessie plannen of vastleggen", description = "uitzendbureauId: een werkgever uit het CRM in dezelfde gemeente.")
    ResponseEntity<WorkshopResources.SessionResource> create(@Valid @RequestBody SessionForm body) {
        Access access = guard.require(Permission.EMPLOYER_WRITE);
        SessionId id = service.create(access, body);
        return ResponseEntity.created(URI.create("/api/v1/uitzendsessies/" + id)).eTag(ETags.of(0))
                .body(resource(access, service.session(access, id)));
    }

    @GetMapping(path = "/api/v1/uitzendsessies/{sessionId}", produces = "application/json")
    @Operation(summary = "Een uitzendsessie", description = "Met kandidaten voor wie werkzoekenden van de gemeente mag inzien (elke inzage "
            + "wordt gelogd). De ETag is de versie; geef die bij wijzigen mee in If-Match.")
    ResponseEntity<WorkshopResources.SessionResource> get(@PathVariable UUID sessionId) {
        Access access = guard.require(Permission.EMPLOYER_READ);
        return ok(access, service.session(access, new SessionId(sessionId)).id());
    }

    @PutMapping(path = "/api/v1/uitzendsessies/{sessionId}", consumes = "application/json", produces = "application/json")
    @Operation(summary = "Een uitzendsessie wijzigen", description = "Met If-Match; een verouderde versie geeft 412. De gemeente blijft; "
            + "na het vastleggen van de uitkomst kan de datum niet in de toekomst komen te liggen.")
    ResponseEntity<WorkshopResources.SessionResource> update(@PathVariable UUID sessionId, @Valid @RequestBody SessionForm body,
                                                             @RequestHeader("If-Match") String ifMatch) {
        Access access = guard.require(Permission.EMPLOYER_WRITE);
        SessionId id = service.session(access, new SessionId(sessionId)).id();
        service.update(access, id, ETags.parse(ifMatch), body);
        return ok(access, id);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/api/v1/uitzendsessies/{sessionId}/kandidaten", consumes = "application/json", produces = "application/json")
    @Operation(summary = "Een kandidaat voordragen", description = "werkzoekendeId: een werkzoekende van de gemeente van de sessie, één keer "
            + "per sessie (anders 409).")
    ResponseEntity<WorkshopResources.SessionResource> propose(@PathVariable UUID sessionId, @Valid @RequestBody SessionCandidateForm body) {
        Access access = guard.require(Permission.EMPLOYER_WRITE);
        SessionId id = service.session(access, new SessionId(sessionId)).id();
        service.propose(access, id, body);
        Session session = service.session(access, id);
        return ResponseEntity.status(201).eTag(ETags.of(session.version())).body(resource(access, session));
    }

    @PostMapping(path = "/api/v1/uitzendsessies/{sessionId}/uitkomst", consumes = "application/json", produces = "application/json")
    @Operation(summary = "De uitkomst vastleggen", description = "Vanaf de datum van de sessie (eerder: 400). toelichting en per "
            + "voorgedragen kandidaat een resultaat: uitgenodigd, aangenomen, afgewezen of niet-verschenen.")
    ResponseEntity<WorkshopResources.SessionResource> outcome(@PathVariable UUID sessionId, @Valid @RequestBody OutcomeForm body) {
        Access access = guard.require(Permission.EMPLOYER_WRITE);
        SessionId id = service.session(access, new SessionId(sessionId)).id();
        service.recordOutcome(access, id, body);
        return ok(access, id);
    }

    private ResponseEntity<WorkshopResources.SessionResource> ok(Access access, SessionId id) {
        Session session = service.session(access, id);
        return ResponseEntity.ok().eTag(ETags.of(session.version())).body(resource(access, session));
    }

    private WorkshopResources.SessionResource resource(Access access, Session session) {
        List<SessionService.Shown> shown = CandidateClients.clientAccess(access, session.municipality()).isPresent()
                ? service.candidates(access, session) : null;
        return WorkshopResources.SessionResource.of(session, checks.employerNames(access, List.of(session.agency())), shown);
    }
}
