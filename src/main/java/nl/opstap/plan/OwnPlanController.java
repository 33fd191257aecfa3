package nl.opstap.plan;

import java.util.Optional;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.audit.ProcessingActivity;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientRef;
import nl.opstap.shared.domain.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * "Mijn plan": the job seeker reads their Plan van Perspectief and its agreements, never edits it. They see the
 * latest version that was agreed (vastgesteld, herzien or afgesloten); a concept is the caseworker's work in progress.
 */
@Controller
class OwnPlanController {

    private final AccessGuard guard;
    private final ClientDirectory directory;
    private final PlanService service;
    private final PlanPdf pdf;

    OwnPlanController(AccessGuard guard, ClientDirectory directory, PlanService service, PlanPdf pdf) {
        this.guard = guard;
        this.directory = directory;
        this.service = service;
        this.pdf = pdf;
    }

    @GetMapping("/mijn-plan")
    String page(Model model) {
        Access access = guard.require(Permission.OWN_FILE);
        PlanService.PlanOfClient read = own(access);
        Optional<PlanVersion> agreed = read.plan().flatMap(OwnPlanController::agreedVersion);
        model.addAttribute("version", agreed.orElse(null));
        model.addAttribute("inPreparation", read.plan().map(p -> p.status() == PlanStatus.CONCEPT).orElse(false));
        return "plan/own";
    }

    @GetMapping("/mijn-plan/pdf")
    ResponseEntity<byte[]> pdf() {
        Access access = guard.require(Permission.OWN_FILE);
        PlanService.PlanOfClient read = own(access);
        return pdf.response(read, read.plan().flatMap(OwnPlanController::agreedVersion)
                .orElseThrow(() -> new NotFoundException("Plan")));
    }

    @GetMapping(path = "/api/v1/mijn/plan", produces = "application/json")
    @ResponseBody
    PlanResource api() {
        Access access = guard.require(Permission.OWN_FILE);
        PlanService.PlanOfClient read = own(access);
        Plan plan = read.required();
        PlanVersion version = agreedVersion(plan).orElseThrow(() -> new NotFoundException("Plan"));
        return PlanResource.ownOf(plan, version);
    }

    private PlanService.PlanOfClient own(Access access) {
        ClientRef me = directory.ownFile(access, ProcessingActivity.PLAN, ProcessingAction.READ);
        return service.read(access, me.id());
    }

    /** The latest version both parties agreed on: a concept only counts once it is fixed. */
    static Optional<PlanVersion> agreedVersion(Plan plan) {
        return plan.versions().reversed().stream().filter(v -> v.status() != PlanStatus.CONCEPT).findFirst();
    }
}
