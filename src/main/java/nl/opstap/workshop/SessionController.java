package nl.opstap.workshop;

import jakarta.validation.Valid;
import java.util.List;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** /uitzendsessies: the list and planning a session. */
@Controller
class SessionController {

    private final AccessGuard guard;
    private final SessionService service;
    private final WorkshopChecks checks;
    private final FormErrors formErrors;

    SessionController(AccessGuard guard, SessionService service, WorkshopChecks checks, FormErrors formErrors) {
        this.guard = guard;
        this.service = service;
        this.checks = checks;
        this.formErrors = formErrors;
    }

    @GetMapping("/uitzendsessies")
    String list(@RequestParam(name = "pagina", required = false) @Nullable Integer page, Model model) {
        Access access = guard.require(Permission.EMPLOYER_READ);
        var result = service.page(access, Paging.of(page, null));
        model.addAttribute("page", result);
        model.addAttribute("agencies", checks.employerNames(access, result.content().stream().map(Session::agency).toList()));
        model.addAttribute("names", new MunicipalityNames(checks));
        model.addAttribute("canWrite", !access.user().scopeFor(Permission.EMPLOYER_WRITE).isEmpty());
        model.addAttribute("params", java.util.Map.of());
        return "workshop/sessions";
    }

    @GetMapping("/uitzendsessies/nieuw")
    String newSession(@RequestParam(name = "werkgeverZoek", required = false) @Nullable String search, Model model) {
        Access access = guard.require(Permission.EMPLOYER_WRITE);
        model.addAttribute("form", SessionForm.empty(checks.municipalitiesOf(access).getFirst().code().value(), service.today()));
        return form(access, model, search);
    }

    @PostMapping("/uitzendsessies")
    String create(@Valid @ModelAttribute("form") SessionForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        Access access = guard.require(Permission.EMPLOYER_WRITE);
        errors = formErrors.attach(model, "form", form, errors);
        if (!errors.hasErrors()) {
            try {
                SessionId id = service.create(access, form);
                redirect.addFlashAttribute("notice", "session.saved");
                return "redirect:/uitzendsessies/" + id;
            } catch (RuleViolation violation) {
                FormErrors.reject(errors, violation, "");
            }
        }
        return form(access, model, null);
    }

    private String form(Access access, Model model, @Nullable String search) {
        SessionForm form = (SessionForm) model.getAttribute("form");
        model.addAttribute("municipalities", checks.municipalitiesOf(access));
        model.addAttribute("werkgeverZoek", search);
        model.addAttribute("employerHits", checks.employerHits(access, search));
        model.addAttribute("field", "agency");
        model.addAttribute("chosen", form == null || form.agency() == null ? null
                : checks.employerNames(access, List.of(new EmployerId(form.agency()))).get(new EmployerId(form.agency())));
        return "workshop/session-form";
    }

    /** Municipality names for the list. */
    record MunicipalityNames(WorkshopChecks checks) {
        public String of(Session s) {
            return checks.municipalityName(s.municipality());
        }
    }
}
