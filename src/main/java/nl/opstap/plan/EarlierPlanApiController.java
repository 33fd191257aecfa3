package nl.opstap.plan;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.client.ClientId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every plan a client ever had in the API, also the ones closed before the current plan was drawn up. A controller of
 * its own (not beside the screens) so that its errors are problem+json like every other API answer.
 */
@RestController
@Tag(name = "Plan van Perspectief")
class EarlierPlanApiController {

    private final AccessGuard guard;
    private final PlanService service;

    EarlierPlanApiController(AccessGuard guard, PlanService service) {
        this.guard = guard;
        this.service = service;
    }

    /** A plan in the list of all plans: when it was drawn up, its status now, and all its versions. */
    record PlanSummary(@JsonProperty("planId") UUID id, @JsonProperty("opgesteldOp") LocalDate startedOn,
                       @JsonProperty("status") PlanStatus status, @JsonProperty("versies") List<PlanResource.Version> versions) {}

    @GetMapping(path = "/api/v1/werkzoekenden/{id}/plannen", produces = "application/json")
    @Operation(summary = "Alle plannen van een werkzoekende met hun versies, het nieuwste eerst",
            description = "Ook afgesloten plannen van vóór het huidige plan; elke versie is op te halen via /plannen/{planId}/versies/{nr}.")
    List<PlanSummary> plans(@PathVariable UUID id) {
        Access access = guard.require(Permission.CLIENT_READ);
        PlanService.PlanOfClient read = service.read(access, new ClientId(id));
        return service.readAll(access, read.client()).stream().map(p -> new PlanSummary(p.id().value(), p.startedOn(), p.status(),
                p.versions().reversed().stream().map(PlanResource.Version::of).toList())).toList();
    }

    @GetMapping(path = "/api/v1/werkzoekenden/{id}/plannen/{planId}/versies/{number}", produces = "application/json")
    @Operation(summary = "Eén versie van een (ook eerder) plan, zoals die is vastgelegd")
    PlanResource version(@PathVariable UUID id, @PathVariable UUID planId, @PathVariable int number) {
        Access access = guard.require(Permission.CLIENT_READ);
        Plan plan = service.readPlan(access, new ClientId(id), new PlanId(planId)).required();
        return PlanResource.of(new ClientId(id), plan, plan.version(number));
    }
}
