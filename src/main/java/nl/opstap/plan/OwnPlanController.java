package nl.opstap.plan;

import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "Mijn plan": the job seeker reads their Plan van Perspectief and its agreements ({@link OwnPlans}), never edits it. */
@Controller
class OwnPlanController {

    private final AccessGuard guard;
    private final OwnPlans plans;
    private final PlanPdf pdf;

    OwnPlanController(AccessGuard guard, OwnPlans plans, PlanPdf pdf) {
        this.guard = guard;
        this.plans = plans;
        this.pdf = pdf;
    }

    @GetMapping("/mijn-plan")
    String page(Model model) {
        Access access = guard.require(Permission.OWN_FILE);
        model.addAttribute("version", plans.agreed(plans.read(access)).orElse(null));
        return "plan/own";
    }

    @GetMapping("/mijn-plan/pdf")
    ResponseEntity<byte[]> pdf() {
        Access access = guard.require(Permission.OWN_FILE);
        PlanService.PlanOfClient read = plans.read(access);
        return pdf.response(read, plans.requiredAgreed(read));
    }
}
