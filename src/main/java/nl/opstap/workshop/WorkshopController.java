package nl.opstap.workshop;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.employer.EmployerId;
import nl.opstap.shared.domain.Paging;
import nl.opstap.shared.domain.RuleViolation;
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

/** /werkplaatsen: the list, the workshop form (new and change) and the employer suggestions of the workshop and session forms. */
@Controller
class WorkshopController {

    private final AccessGuard guard;
    private final WorkshopService service;
    private final WorkshopChecks checks;
    private final FormErrors formErrors;

    WorkshopController(AccessGuard guard, WorkshopService service, WorkshopChecks checks, FormErrors formErrors) {
        this.guard = guard;
        this.service = service;
        this.checks = checks;
        this.formErrors = formErrors;
    }

    @GetMapping("/werkplaatsen")
    String list(@RequestParam(name = "pagina", required = false) @Nullable Integer page, Model model) {
        Access access = guard.require(Permission.EMPLOYER_READ);
        var result = service.page(access, Paging.of(page, null));
        model.addAttribute("page", result);
        model.addAttribute("partners", checks.employerNames(access, result.content().stream().map(Workshop::partner).toList()));
        model.addAttribute("sectorNames", new SectorNames(checks));
        model.addAttribute("today", service.today());
        model.addAttribute("canWrite", !access.user().scopeFor(Permission.EMPLOYER_WRITE).isEmpty());
        model.addAttribute("params", java.util.Map.of());
        return "workshop/workshops";
    }

    @GetMapping("/werkplaatsen/nieuw")
    String newWorkshop(@RequestParam(name = "werkgeverZoek", required = false) @Nullable String search, Model model) {
        Access access = guard.require(Permission.EMPLOYER_WRITE);
        model.addAttribute("form", WorkshopForm.empty(checks.municipalitiesOf(access).getFirst().code().value(), service.today()));
        return form(access, model, null, search);
    }

    @PostMapping("/werkplaatsen")
    String create(@Valid @ModelAttribute("form") WorkshopForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        Access access = guard.require(Permission.EMPLOYER_WRITE);
        errors = formErrors.attach(model, "form", form, errors);
        if (!errors.hasErrors()) {
            try {
                WorkshopId id = service.create(access, form);
                redirect.addFlashAttribute("notice", "workshop.saved");
                return "redirect:/werkplaatsen/" + id;
            } catch (RuleViolation violation) {
                FormErrors.reject(errors, violation, "");
            }
        }
        return form(access, model, null, null);
    }

    @GetMapping("/werkplaatsen/{workshopId}/wijzigen")
    String edit(@PathVariable UUID workshopId, @RequestParam(name = "werkgeverZoek", required = false) @Nullable String search, Model model) {
        Access access = guard.require(Permission.EMPLOYER_WRITE);
        Workshop workshop = service.workshop(access, new WorkshopId(workshopId));
        model.addAttribute("form", WorkshopForm.of(workshop));
        return form(access, model, workshop, search);
    }

    @PostMapping("/werkplaatsen/{workshopId}")
    String update(@PathVariable UUID workshopId, @RequestParam(name = "version", defaultValue = "-1") int version,
                  @Valid @ModelAttribute("form") WorkshopForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        Access access = guard.require(Permission.EMPLOYER_WRITE);
        Workshop workshop = service.workshop(access, new WorkshopId(workshopId));
        errors = formErrors.attach(model, "form", form, errors);
        if (!errors.hasErrors()) {
            try {
                service.update(access, workshop.id(), version, form);
                redirect.addFlashAttribute("notice", "workshop.saved");
                return "redirect:/werkplaatsen/" + workshop.id();
            } catch (RuleViolation violation) {
                FormErrors.reject(errors, violation, "");
            }
        }
        model.addAttribute("version", version);
        return form(access, model, workshop, null);
    }

    /** Employers to choose from as radio buttons (htmx); without JavaScript the form page itself shows them. */
    @GetMapping("/werkplaatsen/werkgever-suggesties")
    String employerSuggestions(@RequestParam(name = "werkgeverZoek", required = false) @Nullable String search,
                               @RequestParam(name = "veld", defaultValue = "partner") String field, Model model) {
        Access access = guard.require(Permission.EMPLOYER_WRITE);
        model.addAttribute("werkgeverZoek", search);
        model.addAttribute("employerHits", checks.employerHits(access, search));
        model.addAttribute("field", field.equals("agency") ? "agency" : "partner");
        return "workshop/pickers :: employers";
    }

    private String form(Access access, Model model, @Nullable Workshop workshop, @Nullable String search) {
        model.addAttribute("workshop", workshop);
        if (!model.containsAttribute("version")) {
            model.addAttribute("version", workshop == null ? 0 : workshop.version());
        }
        WorkshopForm form = (WorkshopForm) model.getAttribute("form");
        var municipality = workshop != null ? workshop.municipality() : checks.municipalitiesOf(access).getFirst().code();
        model.addAttribute("municipalities", checks.municipalitiesOf(access));
        model.addAttribute("sectors", checks.choosable(municipality, workshop == null ? null : workshop.sector()));
        model.addAttribute("werkgeverZoek", search);
        model.addAttribute("employerHits", checks.employerHits(access, search));
        model.addAttribute("field", "partner");
        model.addAttribute("chosen", form == null || form.partner() == null ? null
                : checks.employerNames(access, List.of(new EmployerId(form.partner()))).get(new EmployerId(form.partner())));
        return "workshop/workshop-form";
    }

    /** Sector names per municipality for the list (the organisations' lists may name a code differently). */
    static final class SectorNames {
        private final WorkshopChecks checks;
        private final java.util.Map<String, String> seen = new java.util.HashMap<>();

        SectorNames(WorkshopChecks checks) {
            this.checks = checks;
        }

        public String of(Workshop w) {
            return seen.computeIfAbsent(w.municipality().value() + "/" + w.sector(), k -> checks.sectorName(w.municipality(), w.sector()));
        }
    }
}
