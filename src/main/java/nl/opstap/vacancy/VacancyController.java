package nl.opstap.vacancy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.employer.EmployerId;
import nl.opstap.shared.domain.PageResult;
import nl.opstap.shared.domain.Paging;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.shared.domain.StaleVersionException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** /vacatures: the searchable list, a vacancy's page and its status changes. */
@Controller
class VacancyController {

    private final AccessGuard guard;
    private final VacancyService service;
    private final VacancyViews views;

    VacancyController(AccessGuard guard, VacancyService service, VacancyViews views) {
        this.guard = guard;
        this.service = service;
        this.views = views;
    }

    @GetMapping("/vacatures")
    String list(VacancyListParams params, Model model) {
        Access access = guard.require(Permission.EMPLOYER_READ);
        List<RuleViolation.Violation> problems = new ArrayList<>();
        PageResult<VacancySearch.Hit> page = new PageResult<>(List.of(), 1, Paging.DEFAULT_SIZE, 0);
        boolean withDistance = false;
        try {
            VacancySearch search = params.search();
            page = service.search(access, search, Paging.of(params.pageNumber(), null));
            withDistance = search.postcode() != null;
        } catch (RuleViolation violation) {
            problems.addAll(violation.violations());
        }
        model.addAttribute("params", params);
        model.addAttribute("pagerParams", params.asMap());
        model.addAttribute("problems", problems);
        Map<String, List<String>> fieldProblems = new HashMap<>();
        List.of("zoek", "sector", "postcode", "afstandKm", "urenMin", "urenMax", "status", "werkgeverId")
                .forEach(field -> fieldProblems.put(field, new ArrayList<>()));
        problems.forEach(p -> fieldProblems.computeIfAbsent(p.field(), k -> new ArrayList<>()).add(p.message()));
        model.addAttribute("fieldProblems", fieldProblems);
        model.addAttribute("page", page);
        model.addAttribute("withDistance", withDistance);
        model.addAttribute("employerNames", views.employerNames(access, page.content().stream().map(h -> h.vacancy().employer()).toList()));
        model.addAttribute("sectors", views.sectors(access));
        model.addAttribute("statuses", VacancyStatus.values());
        model.addAttribute("filteredEmployer", filteredEmployer(access, params));
        model.addAttribute("canWrite", !access.user().scopeFor(Permission.EMPLOYER_WRITE).isEmpty());
        return "vacancy/list";
    }

    @GetMapping("/vacatures/{vacancyId}")
    String show(@PathVariable UUID vacancyId, Model model) {
        Access access = guard.require(Permission.EMPLOYER_READ);
        Vacancy vacancy = service.vacancy(access, new VacancyId(vacancyId));
        model.addAttribute("vacancy", vacancy);
        model.addAttribute("detail", views.detail(access, vacancy));
        model.addAttribute("nextStatuses", Arrays.stream(VacancyStatus.values()).filter(vacancy.status()::canBecome).toList());
        model.addAttribute("canWrite", access.user().scopeFor(Permission.EMPLOYER_WRITE).contains(vacancy.municipality()));
        model.addAttribute("canMatch", vacancy.status() == VacancyStatus.OPEN
                && access.user().scopeFor(Permission.MATCHING).contains(vacancy.municipality()));
        return "vacancy/show";
    }

    @PostMapping("/vacatures/{vacancyId}/status")
    String status(@PathVariable UUID vacancyId, @RequestParam(name = "version", defaultValue = "-1") int version,
                  @RequestParam(name = "status", required = false) @Nullable String status, RedirectAttributes redirect) {
        Access access = guard.require(Permission.EMPLOYER_WRITE);
        VacancyId id = service.vacancy(access, new VacancyId(vacancyId)).id();
        try {
            VacancyStatus next = VacancyStatus.parse(status);
            if (next == null) {
                throw RuleViolation.of(null, "status", "required", "Kies de nieuwe status.");
            }
            service.changeStatus(access, id, version, next);
            redirect.addFlashAttribute("notice", "vacancy.statusChanged");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("error", violation.getMessage());
        } catch (StaleVersionException stale) {
            redirect.addFlashAttribute("error", stale.getMessage());
        }
        return "redirect:/vacatures/" + id;
    }

    private @Nullable String filteredEmployer(Access access, VacancyListParams params) {
        try {
            UUID employer = params.employer();
            return employer == null ? null : views.employerNames(access, List.of(new EmployerId(employer))).get(new EmployerId(employer));
        } catch (RuleViolation unreadable) {
            return null;
        }
    }
}
