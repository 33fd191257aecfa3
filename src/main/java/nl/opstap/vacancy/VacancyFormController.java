package nl.opstap.vacancy;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.employer.EmployerSummary;
import nl.opstap.employer.Employers;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.shared.domain.StaleVersionException;
import nl.opstap.shared.web.FormErrors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The vacancy form. Besides saving, its buttons search an occupation ("beroep-zoeken") and propose the chosen
 * occupation's essential ESCO skills ("vaardigheden"), so everything works without JavaScript; htmx only saves reloads.
 */
@Controller
class VacancyFormController {

    static final String SEARCH_OCCUPATION = "beroep-zoeken";
    static final String PROPOSE_SKILLS = "vaardigheden";

    private final AccessGuard guard;
    private final VacancyService service;
    private final VacancyChecks checks;
    private final Employers employers;
    private final VacancyFormModel forms;
    private final FormErrors formErrors;

    VacancyFormController(AccessGuard guard, VacancyService service, VacancyChecks checks, Employers employers, VacancyFormModel forms,
                          FormErrors formErrors) {
        this.guard = guard;
        this.service = service;
        this.checks = checks;
        this.employers = employers;
        this.forms = forms;
        this.formErrors = formErrors;
    }

    @GetMapping("/vacatures/nieuw")
    String newVacancy(@RequestParam(name = "werkgever", required = false) @Nullable UUID employer,
                      @RequestParam(name = "werkgeverZoek", required = false) @Nullable String employerSearch, Model model) {
        Access access = guard.require(Permission.EMPLOYER_WRITE);
        if (employer == null) {
            String text = employerSearch == null ? "" : employerSearch.strip();
            model.addAttribute("werkgeverZoek", text);
            model.addAttribute("hits", text.length() < 2 ? List.of() : employers.search(access, text, 20));
            return "vacancy/choose-employer";
        }
        EmployerSummary chosen = found(access, employer);
        return forms.show(model, VacancyForm.empty(chosen.id().value()), chosen, null, 0, null);
    }

    @PostMapping("/vacatures")
    String create(@Valid @ModelAttribute("form") VacancyForm form, BindingResult errors,
                  @RequestParam(name = "actie", required = false) @Nullable String action,
                  @RequestParam(name = "beroepZoek", required = false) @Nullable String occupationSearch,
                  Model model, RedirectAttributes redirect) {
        Access access = guard.require(Permission.EMPLOYER_WRITE);
        EmployerSummary employer = found(access, form.employer());
        if (action != null && !action.isBlank()) {
            return forms.step(model, form, employer, null, 0, action, occupationSearch);
        }
        errors = formErrors.attach(model, "form", form, errors);
        if (!errors.hasErrors()) {
            try {
                VacancyId id = service.create(access, screen(form));
                redirect.addFlashAttribute("notice", "vacancy.saved");
                return "redirect:/vacatures/" + id;
            } catch (RuleViolation violation) {
                FormErrors.reject(errors, violation, "");
            }
        }
        return forms.show(model, form, employer, null, 0, null);
    }

    @GetMapping("/vacatures/{vacancyId}/wijzigen")
    String edit(@PathVariable UUID vacancyId, Model model, RedirectAttributes redirect) {
        Access access = guard.require(Permission.EMPLOYER_WRITE);
        Vacancy vacancy = service.vacancy(access, new VacancyId(vacancyId));
        if (vacancy.status() == VacancyStatus.CLOSED) {
            redirect.addFlashAttribute("error", "Een gesloten vacature kan niet meer worden gewijzigd.");
            return "redirect:/vacatures/" + vacancy.id();
        }
        return forms.show(model, VacancyForm.of(vacancy), found(access, vacancy.employer().value()), vacancy, vacancy.version(), null);
    }

    @PostMapping("/vacatures/{vacancyId}")
    String update(@PathVariable UUID vacancyId, @RequestParam(name = "version", defaultValue = "-1") int version,
                  @Valid @ModelAttribute("form") VacancyForm form, BindingResult errors,
                  @RequestParam(name = "actie", required = false) @Nullable String action,
                  @RequestParam(name = "beroepZoek", required = false) @Nullable String occupationSearch,
                  Model model, RedirectAttributes redirect) {
        Access access = guard.require(Permission.EMPLOYER_WRITE);
        Vacancy vacancy = service.vacancy(access, new VacancyId(vacancyId));
        EmployerSummary employer = found(access, vacancy.employer().value());
        // The service keeps the stored employer, whatever the form's hidden field says.
        if (action != null && !action.isBlank()) {
            return forms.step(model, form, employer, vacancy, version, action, occupationSearch);
        }
        errors = formErrors.attach(model, "form", form, errors);
        if (!errors.hasErrors()) {
            try {
                service.update(access, vacancy.id(), version, screen(form));
                redirect.addFlashAttribute("notice", "vacancy.saved");
                return "redirect:/vacatures/" + vacancy.id();
            } catch (RuleViolation violation) {
                FormErrors.reject(errors, violation, "");
            } catch (StaleVersionException stale) {
                errors.reject("stale", stale.getMessage());
                return forms.show(model, form, employer, vacancy, stale.currentVersion(), null);
            }
        }
        return forms.show(model, form, employer, vacancy, version, null);
    }

    /** The skill choices of an occupation (htmx, when an occupation is picked): its essential skills proposed as required. */
    @GetMapping("/vacatures/vaardigheden")
    String skills(@RequestParam(name = "occupation", required = false) @Nullable String occupation, Model model) {
        guard.require(Permission.EMPLOYER_WRITE);
        List<String> proposal = occupation == null || occupation.isBlank() ? List.of() : proposalOf(occupation);
        forms.skills(model, occupation, proposal, List.of());
        model.addAttribute("proposed", !proposal.isEmpty());
        return "vacancy/form :: skills";
    }

    private List<String> proposalOf(String occupation) {
        try {
            return checks.proposal(checks.occupation(occupation).uri());
        } catch (RuleViolation unknown) {
            return List.of();
        }
    }

    /** On the screen the proposal is shown as ticked boxes, so no ticked box means no required skills. */
    private static VacancyForm screen(VacancyForm form) {
        return form.requiredSkills() == null ? form.withRequiredSkills(List.of()) : form;
    }

    private EmployerSummary found(Access access, @Nullable UUID employer) {
        if (employer == null) {
            throw new nl.opstap.shared.domain.NotFoundException("Werkgever niet gevonden");
        }
        try {
            return checks.employer(access, employer);
        } catch (RuleViolation unknown) {
            throw new nl.opstap.shared.domain.NotFoundException("Werkgever niet gevonden");
        }
    }
}
