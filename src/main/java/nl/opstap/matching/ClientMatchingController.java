package nl.opstap.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.client.ClientFile;
import nl.opstap.client.ClientId;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.shared.domain.StaleVersionException;
import nl.opstap.shared.web.FormErrors;
import nl.opstap.vacancy.VacancyId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The client's Matching tab: consent and skills, the best vacancies with explanations, and the client's pairs. */
@Controller
class ClientMatchingController {

    private final AccessGuard guard;
    private final MatchLists lists;
    private final CandidateSettings settings;
    private final PairDecisions decisions;
    private final PairViews pairs;
    private final SearchKeeping searches;
    private final ClientFile file;
    private final VacancyLabels vacancyLabels;

    ClientMatchingController(AccessGuard guard, MatchLists lists, CandidateSettings settings, PairDecisions decisions, PairViews pairs,
                             SearchKeeping searches, ClientFile file, VacancyLabels vacancyLabels) {
        this.guard = guard;
        this.lists = lists;
        this.settings = settings;
        this.decisions = decisions;
        this.pairs = pairs;
        this.searches = searches;
        this.file = file;
        this.vacancyLabels = vacancyLabels;
    }

    @GetMapping("/werkzoekenden/{clientId}/matching")
    String page(@PathVariable UUID clientId, MatchFilterParams params, Model model) {
        Access access = guard.require(Permission.MATCHING);
        List<RuleViolation.Violation> problems = new ArrayList<>();
        List<MatchResult> results = List.of();
        MatchFilters filters = MatchFilters.none();
        try {
            UUID saved = params.savedSearchId();
            filters = (saved != null ? searches.filtersOf(access, saved) : params.filters()).withDefaultLimit(MatchingController.SCREEN_LIMIT);
            results = lists.vacanciesFor(access, new ClientId(clientId), filters);
        } catch (RuleViolation violation) {
            problems.addAll(violation.violations());
        }
        model.addAttribute("results", results);
        model.addAttribute("savedSearches", searches.visible(access, SavedSearches.VACANCIES));
        MatchingController.filterModel(model, params, filters, problems);
        pageModel(access, clientId, model);
        return "matching/client";
    }

    @PostMapping("/werkzoekenden/{clientId}/matching/toestemming")
    String consent(@PathVariable UUID clientId, @ModelAttribute("consent") ConsentForm form, BindingResult errors, Model model,
                   RedirectAttributes redirect) {
        Access access = guard.require(Permission.CLIENT_WRITE);
        BindingResult attached = new BeanPropertyBindingResult(form, "consent");
        attached.addAllErrors(errors);
        if (!errors.hasErrors()) {
            try {
                settings.record(access, new ClientId(clientId), form);
                redirect.addFlashAttribute("notice", "matching.consent.saved");
                return "redirect:/werkzoekenden/" + clientId + "/" + MatchingFileTab.TAB;
            } catch (RuleViolation violation) {
                FormErrors.reject(attached, violation, "");
            } catch (StaleVersionException stale) {
                attached.reject("stale", stale.getMessage());
            }
        }
        model.addAttribute("consent", form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "consent", attached);
        Access matching = guard.require(Permission.MATCHING);
        model.addAttribute("results", List.of());
        model.addAttribute("savedSearches", searches.visible(matching, SavedSearches.VACANCIES));
        MatchingController.filterModel(model, new MatchFilterParams(null, null, null, null, null, null, null, null, null),
                MatchFilters.none(), List.of());
        pageModel(matching, clientId, model);
        return "matching/client";
    }

    @PostMapping("/werkzoekenden/{clientId}/matching/voorstellen")
    String propose(@PathVariable UUID clientId, @RequestParam(name = "vacatureId", required = false) String vacancy,
                   RedirectAttributes redirect) {
        Access access = guard.require(Permission.MATCHING);
        try {
            Pair pair = decisions.propose(access, new ClientId(clientId), new VacancyId(vacancyId(vacancy)));
            redirect.addFlashAttribute("notice", "matching.proposed");
            return "redirect:/koppelingen/" + pair.id();
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("refusal", violation.violations().getFirst().message());
            return "redirect:/werkzoekenden/" + clientId + "/" + MatchingFileTab.TAB;
        }
    }

    private void pageModel(Access access, UUID clientId, Model model) {
        Access clientAccess = MatchAccess.clients(access);
        CandidateSettings.Settings s = settings.of(clientAccess, new ClientId(clientId));
        model.addAttribute("file", file.header(clientAccess, s.client(), MatchingFileTab.TAB));
        model.addAttribute("clientId", clientId);
        model.addAttribute("settings", s);
        if (!model.containsAttribute("consent")) {
            model.addAttribute("consent", new ConsentForm(s.consent().map(Consent::matching).orElse(false),
                    s.consent().map(Consent::shareWithEmployers).orElse(false), s.consent().map(Consent::givenOn).orElse(null),
                    s.skillKeys().stream().filter(k -> k.startsWith(SkillKeys.COMPETENCE))
                            .map(k -> UUID.fromString(k.substring(SkillKeys.COMPETENCE.length()))).toList(),
                    s.skillKeys().stream().filter(k -> k.startsWith(SkillKeys.ESCO)).map(k -> k.substring(SkillKeys.ESCO.length())).toList(),
                    s.consent().map(Consent::version).orElse(0)));
        }
        List<Pair> own = pairs.ofClient(new ClientId(clientId));
        model.addAttribute("pairs", own);
        model.addAttribute("pairTitles", vacancyLabels.titles(access, own.stream().map(Pair::vacancy).toList()));
        model.addAttribute("canWrite", access.user().scopeFor(Permission.CLIENT_WRITE).contains(s.client().municipality()));
    }

    private static UUID vacancyId(String value) {
        try {
            return UUID.fromString(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw RuleViolation.of(PairDecisions.StepRequest.class, "vacature", "unknown", "Kies een vacature uit de lijst.");
        }
    }
}
