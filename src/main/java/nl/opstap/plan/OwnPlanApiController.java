package nl.opstap.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The job seeker's own plan in the API: the agreed version only, read-only. */
@RestController
@Tag(name = "Mijn plan")
class OwnPlanApiController {

    private final AccessGuard guard;
    private final OwnPlans plans;

    OwnPlanApiController(AccessGuard guard, OwnPlans plans) {
        this.guard = guard;
        this.plans = plans;
    }

    @GetMapping(path = "/api/v1/mijn/plan", produces = "application/json")
    @Operation(summary = "Mijn Plan van Perspectief: de laatst afgesproken versie (404 als er nog geen is)")
    PlanResource get() {
        Access access = guard.require(Permission.OWN_FILE);
        PlanService.PlanOfClient read = plans.read(access);
        return PlanResource.ownOf(read.required(), plans.requiredAgreed(read));
    }
}
