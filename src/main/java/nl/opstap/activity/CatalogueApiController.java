package nl.opstap.activity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.organisation.OrganisationId;
import nl.opstap.shared.domain.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** /api/v1/activiteiten and /api/v1/uitvalredenen: the catalogue of the caller's organisations. */
@RestController
@Tag(name = "Activiteiten", description = "De activiteitencatalogus (instrumenten) en uitvalredenen per uitvoeringsorganisatie")
class CatalogueApiController {

    private final AccessGuard guard;
    private final CatalogueService service;
    private final Organisations organisations;

    CatalogueApiController(AccessGuard guard, CatalogueService service, Organisations organisations) {
        this.guard = guard;
        this.service = service;
        this.organisations = organisations;
    }

    @GetMapping(path = "/api/v1/activiteiten", produces = "application/json")
    @Operation(summary = "De activiteiten van uw organisatie(s)", description = "Met het aantal huidige deelnemers en de vrije plaatsen.")
    List<ActivityResources.ActivityResource> list() {
        Access access = guard.require(Permission.CLIENT_READ);
        return service.rows(access, organisations.idsOf(access.scope())).stream().map(ActivityResources.ActivityResource::of).toList();
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/api/v1/activiteiten", consumes = "application/json", produces = "application/json")
    @Operation(summary = "Een activiteit toevoegen (functioneel beheer)",
            description = "Geef organisatieId mee als u voor meer dan één organisatie beheert.")
    ResponseEntity<ActivityResources.ActivityResource> create(@RequestParam(name = "organisatieId", required = false) @Nullable UUID org,
                                                              @Valid @RequestBody ActivityForm body) {
        Access access = guard.require(Permission.CATALOGUE_ADMIN);
        List<OrganisationId> orgs = organisations.idsOf(access.scope());
        OrganisationId target;
        if (org != null) {
            target = organisations.require(access.scope(), new OrganisationId(org));
        } else if (orgs.size() == 1) {
            target = orgs.getFirst();
        } else {
            throw RuleViolation.of(null, "organisatieId", "required", "U beheert meer organisaties: geef organisatieId mee.");
        }
        ActivityId id = service.create(access, target, body);
        return ResponseEntity.status(HttpStatus.CREATED).body(resource(access, id));
    }

    @PutMapping(path = "/api/v1/activiteiten/{activityId}", consumes = "application/json", produces = "application/json")
    @Operation(summary = "Een activiteit wijzigen (functioneel beheer)",
            description = "De capaciteit kan niet lager worden dan het aantal huidige deelnemers. actief=false beëindigt het aanbod.")
    ActivityResources.ActivityResource update(@PathVariable UUID activityId, @Valid @RequestBody ActivityForm body) {
        Access access = guard.require(Permission.CATALOGUE_ADMIN);
        ActivityId id = service.activity(access, new ActivityId(activityId)).id();
        service.update(access, id, body);
        return resource(access, id);
    }

    @GetMapping(path = "/api/v1/uitvalredenen", produces = "application/json")
    @Operation(summary = "De uitvalredenen van uw organisatie(s)")
    List<ActivityResources.ReasonResource> reasons() {
        Access access = guard.require(Permission.CLIENT_READ);
        return service.reasons(access, organisations.idsOf(access.scope())).stream().map(ActivityResources.ReasonResource::of).toList();
    }

    private ActivityResources.ActivityResource resource(Access access, ActivityId id) {
        Activity activity = service.activity(access, id);
        return service.rows(access, List.of(activity.organisation())).stream().filter(r -> r.activity().id().equals(id))
                .findFirst().map(ActivityResources.ActivityResource::of).orElseThrow();
    }
}
