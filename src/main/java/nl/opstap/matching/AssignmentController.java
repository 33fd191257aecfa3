package nl.opstap.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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

/** Screens: choosing open vacancies, the proposed assignment of candidates to their places, and proposing the rows kept. */
@Controller
class AssignmentController {

    /** Vacancies listed to choose from; more are found by searching. */
    static final int LISTED = 200;

    private final AccessGuard guard;
    private final Assignments assignments;

    AssignmentController(AccessGuard guard, Assignments assignments) {
        this.guard = guard;
        this.assignments = assignments;
    }

    @GetMapping("/matching/toewijzing")
    String choose(@RequestParam(name = "zoek", required = false) @Nullable String text, Model model) {
        Access access = guard.require(Permission.MATCHING);
        chooseModel(model, access, text, List.of(), List.of());
        return "matching/assignment";
    }

    @PostMapping("/matching/toewijzing")
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

    @PostMapping("/matching/toewijzing/voorstellen")
    String apply(@RequestParam(name = "vacatureId", required = false) @Nullable List<String> ids,
                 @RequestParam(name = "keuze", required = false) @Nullable List<String> kept, Model model, RedirectAttributes redirect) {
        Access access = guard.require(Permission.MATCHING);
        RuleViolation refused;
        try {
            assignments.apply(access, kept);
            redirect.addFlashAttribute("notice", "matching.assignment.proposed");
            return "redirect:/matching/toewijzing";
        } catch (RuleViolation violation) {
            refused = violation;
        }
        try {
            proposalModel(model, assignments.propose(access, AssignmentRules.uuids(ids)), kept == null ? List.of() : kept,
                    refused.violations().getFirst().message());
            return "matching/assignment-proposal";
        } catch (RuleViolation violation) {
            List<RuleViolation.Violation> problems = new ArrayList<>(refused.violations());
            problems.addAll(violation.violations());
            chooseModel(model, access, null, ids, problems);
            return "matching/assignment";
        }
    }

    private void chooseModel(Model model, Access access, @Nullable String text, @Nullable List<String> chosen,
                             List<RuleViolation.Violation> problems) {
        choiceModel(model, assignments.open(access, text), text, chosen, problems, false);
    }

    /** The choosing page's model: the first {@value #LISTED} options, the ticked ones, the problems, the texts. */
    static void choiceModel(Model model, List<Assignments.Option> options, @Nullable String text, @Nullable List<String> chosen,
                            List<RuleViolation.Violation> problems, boolean seats) {
        model.addAttribute("options", options.subList(0, Math.min(LISTED, options.size())));
        model.addAttribute("more", options.size() > LISTED);
        model.addAttribute("text", text);
        model.addAttribute("chosen", chosen == null ? Set.of() : Set.copyOf(chosen));
        model.addAttribute("problems", problems);
        model.addAttribute("maxVacancies", AssignmentRules.MAX_VACANCIES);
        labels(model, seats);
    }

    /** The texts and addresses of the assignment pages: for vacancies, or for workshop seats. */
    private static void labels(Model model, boolean seats) {
        model.addAttribute("k", seats ? "matching.seats" : "matching.assignment");
        model.addAttribute("base", seats ? "/matching/toewijzing/werkplaatsen" : "/matching/toewijzing");
    }

    private static void proposalModel(Model model, AssignmentProposal proposal, List<String> kept, @Nullable String refusal) {
        proposalModel(model, proposal, kept, refusal, false);
    }

    /** The proposal page's model: the proposal, the rows kept ticked, why proposing failed, the texts. */
    static void proposalModel(Model model, AssignmentProposal proposal, List<String> kept, @Nullable String refusal, boolean seats) {
        model.addAttribute("proposal", proposal);
        model.addAttribute("kept", Set.copyOf(kept));
        model.addAttribute("refusal", refusal);
        labels(model, seats);
    }
}
