package nl.opstap.employer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.shared.web.ETags;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * /api/v1/werkgevers/{id}/contactmomenten. A mediation's client (id and name) is shown only to a caller who may read
 * clients of the employer's municipality; anyone else sees werkzoekendeGekoppeld=true and nothing more.
 */
@RestController
@Tag(name = "Werkgevers", description = "Werkgevers, contactpersonen en contactmomenten (werkgeversdienstverlening)")
class MomentApiController {

    private static final String RULES = "datum niet in de toekomst; vervolgactieDatum niet vóór datum. bemiddeling=true met optioneel "
            + "bemiddeldeWerkzoekende (id, zelfde gemeente, een werkzoekende die u mag inzien); contactpersoon: id van een "
            + "(actieve) contactpersoon van deze werkgever.";

    private final AccessGuard guard;
    private final EmployerService employers;
    private final ContactMomentService moments;

    MomentApiController(AccessGuard guard, EmployerService employers, ContactMomentService moments) {
        this.guard = guard;
        this.employers = employers;
        this.moments = moments;
    }

    @GetMapping(path = "/api/v1/werkgevers/{employerId}/contactmomenten", produces = "application/json")
    @Operation(summary = "De contactmomenten van een werkgever, nieuwste eerst")
    List<EmployerResources.MomentResource> list(@PathVariable UUID employerId) {
        Access access = guard.require(Permission.EMPLOYER_READ);
        return all(access, employers.employer(access, new EmployerId(employerId)));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/api/v1/werkgevers/{employerId}/contactmomenten", consumes = "application/json", produces = "application/json")
    @Operation(summary = "Een contactmoment vastleggen", description = RULES)
    ResponseEntity<List<EmployerResources.MomentResource>> add(@PathVariable UUID employerId, @Valid @RequestBody ContactMomentForm body) {
        Access access = guard.require(Permission.EMPLOYER_WRITE);
        Employer employer = employers.employer(access, new EmployerId(employerId));
        moments.add(access, employer.id(), body);
        return ResponseEntity.status(201).body(all(access, employer));
    }

    @GetMapping(path = "/api/v1/werkgevers/{employerId}/contactmomenten/{momentId}", produces = "application/json")
    @Operation(summary = "Een contactmoment", description = "De ETag is de versie; geef die bij wijzigen mee in If-Match.")
    ResponseEntity<EmployerResources.MomentResource> get(@PathVariable UUID employerId, @PathVariable UUID momentId) {
        Access access = guard.require(Permission.EMPLOYER_READ);
        Employer employer = employers.employer(access, new EmployerId(employerId));
        return answer(access, employer, moments.moment(access, employer.id(), momentId));
    }

    @PutMapping(path = "/api/v1/werkgevers/{employerId}/contactmomenten/{momentId}", consumes = "application/json", produces = "application/json")
    @Operation(summary = "Een contactmoment wijzigen", description = "Met If-Match; een verouderde versie geeft 412. Wie het vastlegde blijft "
            + "staan. Alle velden worden vervangen: zonder bemiddeldeWerkzoekende vervalt de koppeling. " + RULES)
    ResponseEntity<EmployerResources.MomentResource> update(@PathVariable UUID employerId, @PathVariable UUID momentId,
                                                            @Valid @RequestBody ContactMomentForm body, @RequestHeader("If-Match") String ifMatch) {
        Access access = guard.require(Permission.EMPLOYER_WRITE);
        Employer employer = employers.employer(access, new EmployerId(employerId));
        moments.update(access, employer.id(), momentId, ETags.parse(ifMatch), body);
        return answer(access, employer, moments.moment(access, employer.id(), momentId));
    }

    private List<EmployerResources.MomentResource> all(Access access, Employer employer) {
        List<Views.Moment> shown = moments.moments(access, employer);
        var names = moments.linkedNames(access, employer, ContactMomentService.linkedClients(shown));
        return shown.stream().map(m -> EmployerResources.MomentResource.of(m, names)).toList();
    }

    private ResponseEntity<EmployerResources.MomentResource> answer(Access access, Employer employer, Views.Moment moment) {
        var names = moments.linkedNames(access, employer, ContactMomentService.linkedClients(List.of(moment)));
        return ResponseEntity.ok().eTag(ETags.of(moment.version())).body(EmployerResources.MomentResource.of(moment, names));
    }
}
