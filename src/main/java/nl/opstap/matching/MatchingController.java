package nl.opstap.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.client.ClientId;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.vacancy.Vacancy;
import nl.opstap.vacancy.VacancyId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Screens: the candidates for a vacancy, with filters and saved searches, and proposing one of them. */
@Controller
class MatchingController {

    /** Results on a screen unless the user asks for more (each one shown is logged). */
    static final int SCREEN_LIMIT = 20;

    private final AccessGuard guard;
    private final MatchLists lists;
    private final PairDecisions decisions;
    private final SearchKeeping searches;

    MatchingController(AccessGuard guard, MatchLists lists, PairDecisions decisions, SearchKeeping searches) {
        this.guard = guard;
        this.lists = lists;
        this.decisions = decisions;
        this.searches = searches;
    }

    @GetMapping("/vacatures/{vacancyId}/kandidaten")
    String candidates(@PathVariable UUID vacancyId, MatchFilterParams params, Model model) {
        Access access = guard.require(Permission.MATCHING);
        Vacancy vacancy = lists.vacancy(access, new VacancyId(vacancyId));
        List<RuleViolation.Violation> problems = new ArrayList<>();
        List<MatchResult> results = List.of();
        MatchFilters filters = MatchFilters.none();
        try {
            UUID saved = params.savedSearchId();
            filters = (saved != null ? searches.filtersOf(access, saved) : params.filters()).withDefaultLimit(SCREEN_LIMIT);
            results = lists.candidatesFor(access, vacancy.id(), filters);
        } catch (RuleViolation violation) {
            problems.addAll(violation.violations());
        }
        model.addAttribute("vacancy", vacancy);
        model.addAttribute("results", results);
        model.addAttribute("savedSearches", searches.visible(access, SavedSearches.CANDIDATES));
        filterModel(model, params, filters, problems);
        return "matching/candidates";
    }

    @PostMapping("/vacatures/{vacancyId}/kandidaten/voorstellen")
    String propose(@PathVariable UUID vacancyId, @RequestParam(name = "werkzoekendeId", required = false) String client,
                   RedirectAttributes redirect) {
        Access access = guard.require(Permission.MATCHING);
        try {
            Pair pair = decisions.propose(access, new ClientId(uuid(client)), new VacancyId(vacancyId));
            redirect.addFlashAttribute("notice", "matching.proposed");
            return "redirect:/koppelingen/" + pair.id();
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("refusal", violation.violations().getFirst().message());
            return "redirect:/vacatures/" + vacancyId + "/kandidaten";
        }
    }

    static UUID uuid(String value) {
        try {
            return UUID.fromString(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw RuleViolation.of(PairDecisions.StepRequest.class, "werkzoekende", "unknown", "Kies een werkzoekende uit de lijst.");
        }
    }

    /** The filter form's values and each field's problems, as the templates show them. */
    static void filterModel(Model model, MatchFilterParams params, MatchFilters filters, List<RuleViolation.Violation> problems) {
        model.addAttribute("params", params);
        model.addAttribute("filters", filters);
        model.addAttribute("filterParams", MatchFilterParams.of(filters));
        model.addAttribute("problems", problems);
        Map<String, List<String>> fieldProblems = new HashMap<>();
        MatchFilterParams.FIELDS.forEach(f -> fieldProblems.put(f, new ArrayList<>()));
        problems.forEach(p -> fieldProblems.computeIfAbsent(p.field(), k -> new ArrayList<>()).add(p.message()));
        model.addAttribute("fieldProblems", fieldProblems);
    }
}
