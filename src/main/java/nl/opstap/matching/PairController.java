package nl.opstap.matching;

import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.shared.domain.StaleVersionException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A pair's page: who and what, every step with who, when, why and the breakdown shown, and the next step. */
@Controller
class PairController {

    private final AccessGuard guard;
    private final PairViews views;
    private final PairDecisions decisions;

    PairController(AccessGuard guard, PairViews views, PairDecisions decisions) {
        this.guard = guard;
        this.views = views;
        this.decisions = decisions;
    }

    @GetMapping("/koppelingen/{pairId}")
    String show(@PathVariable UUID pairId, Model model) {
        Access access = guard.require(Permission.MATCHING);
        model.addAttribute("pair", views.of(access, pairId));
        if (!model.containsAttribute("step")) {
            model.addAttribute("step", new PairDecisions.StepRequest(null, null));
        }
        return "matching/pair";
    }

    @PostMapping("/koppelingen/{pairId}/stap")
    String step(@PathVariable UUID pairId, @RequestParam(name = "status", required = false) String status,
                @RequestParam(name = "reden", required = false) String reason,
                @RequestParam(name = "versie", required = false) String version, Model model, RedirectAttributes redirect) {
        Access access = guard.require(Permission.MATCHING);
        PairDecisions.StepRequest request = new PairDecisions.StepRequest(status, reason);
        try {
            decisions.advance(access, pairId, version(version), request);
            redirect.addFlashAttribute("notice", "matching.step.saved");
            return "redirect:/koppelingen/" + pairId;
        } catch (RuleViolation violation) {
            model.addAttribute("stepProblems", violation.violations());
        } catch (StaleVersionException stale) {
            model.addAttribute("stepProblems", java.util.List.of(new RuleViolation.Violation("status", "stale", stale.getMessage())));
        }
        model.addAttribute("step", request);
        model.addAttribute("pair", views.of(access, pairId));
        return "matching/pair";
    }

    private static int version(String value) {
        try {
            return Integer.parseInt(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw RuleViolation.of(PairDecisions.StepRequest.class, "status", "version", "De versie van de koppeling ontbreekt; laad de pagina opnieuw.");
        }
    }
}
