package nl.opstap.plan;

import java.util.Optional;
import nl.opstap.access.Access;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.audit.ProcessingActivity;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientRef;
import nl.opstap.shared.domain.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * The plan a job seeker may read: the latest version that was agreed (vastgesteld, herzien or afgesloten) of their own
 * plan. A first concept is the caseworker's work in progress and stays hidden.
 */
@Component
class OwnPlans {

    private final ClientDirectory directory;
    private final PlanService service;

    OwnPlans(ClientDirectory directory, PlanService service) {
        this.directory = directory;
        this.service = service;
    }

    /** The signed-in job seeker's plan (a logged read), without a client id from the request. */
    PlanService.PlanOfClient read(Access access) {
        ClientRef me = directory.ownFile(access, ProcessingActivity.PLAN, ProcessingAction.READ);
        return service.read(access, me.id());
    }

    Optional<PlanVersion> agreed(PlanService.PlanOfClient read) {
        return read.plan().flatMap(plan -> plan.versions().reversed().stream().filter(v -> v.status() != PlanStatus.CONCEPT).findFirst());
    }

    PlanVersion requiredAgreed(PlanService.PlanOfClient read) {
        return agreed(read).orElseThrow(() -> new NotFoundException("Plan"));
    }
}
