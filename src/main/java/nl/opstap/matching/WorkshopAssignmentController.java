package nl.opstap.matching;

import java.util.List;
import java.util.Locale;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.shared.domain.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Filling workshop seats in bulk: choose workshops, review the optimal proposal, put the kept rows forward. */
@Controller
class WorkshopAssignmentController {

    private final AccessGuard guard;
    private final WorkshopAssignments assignments;

    WorkshopAssignmentController(AccessGuard guard, WorkshopAssignments assignments) {
        this.guard = guard;
        this.assignments = assignments;
    }

    @GetMapping("/matching/toewijzing/werkplaatsen")
    String choose(@RequestParam(name = "zoek", required = false) @Nullable String text, Model model) {
        Access access = guard.require(Permission.MATCHING);
        chooseModel(model, access, text, List.of(), List.of());
        return "matching/assignment";
    }

    @PostMapping("/matching/toewijzing/werkplaatsen")
    String propose(@RequestParam(name = "vacatureId", required = false) @Nullable List<String> ids, Model model) {
        Access access = guard.require(Permission.MATCHING);
        try {
            AssignmentProposal proposal = assignments.propose(access, AssignmentRules.uuids(ids));
            proposalModel(model, proposal, proposal.rows().stream().map(AssignmentProposal.Row::choice).toList(), null);
            return "matching/assignment-proposal";
        } catch (RuleViolation violation) {
            chooseModel(model, access, null, ids, violation.violations());
            return "matching/assignment";
        }
    }

    @PostMapping("/matching/toewijzing/werkplaatsen/voorstellen")
    String apply(@RequestParam(name = "vacatureId", required = false) @Nullable List<String> ids,
                 @RequestParam(name = "keuze", required = false) @Nullable List<String> kept, Model model, RedirectAttributes redirect) {
        Access access = guard.require(Permission.EMPLOYER_WRITE);
        Access matching = guard.require(Permission.MATCHING);
        try {
            assignments.apply(access, matching, kept);
            redirect.addFlashAttribute("notice", "matching.seats.proposed");
            return "redirect:/matching/toewijzing/werkplaatsen";
        } catch (RuleViolation refused) {
            try {
                proposalModel(model, assignments.propose(matching, AssignmentRules.uuids(ids)), kept == null ? List.of() : kept,
                        refused.violations().getFirst().message());
                return "matching/assignment-proposal";
            } catch (RuleViolation again) {
                chooseModel(model, matching, null, ids, again.violations());
                return "matching/assignment";
            }
        }
    }

    private void chooseModel(Model model, Access access, @Nullable String text, @Nullable List<String> chosen,
                             List<RuleViolation.Violation> problems) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        AssignmentController.choiceModel(model, assignments.open(access).stream()
                .filter(o -> o.title().toLowerCase(Locale.ROOT).contains(wanted)).toList(), text, chosen, problems, true);
    }

    private static void proposalModel(Model model, AssignmentProposal proposal, List<String> kept, @Nullable String refusal) {
        AssignmentController.proposalModel(model, proposal, kept, refusal, true);
    }
}
