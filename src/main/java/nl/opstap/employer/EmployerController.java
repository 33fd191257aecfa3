package nl.opstap.employer;

import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.access.UserId;
import nl.opstap.organisation.Municipalities;
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

/** /werkgevers: the list, an employer's page and the employer form. */
@Controller
class EmployerController {

    private final AccessGuard guard;
    private final EmployerService service;
    private final ContactPersonService contacts;
    private final ContactMomentService moments;
    private final AccountManagers managers;
    private final Municipalities municipalities;
    private final FormErrors formErrors;

    EmployerController(AccessGuard guard, EmployerService service, ContactPersonService contacts, ContactMomentService moments,
                       AccountManagers managers, Municipalities municipalities, FormErrors formErrors) {
        this.guard = guard;
        this.contacts = contacts;
        this.moments = moments;
        this.service = service;
        this.managers = managers;
        this.municipalities = municipalities;
        this.formErrors = formErrors;
    }

    @GetMapping("/werkgevers")
    String list(@RequestParam(name = "zoek", required = false) @Nullable String text,
                @RequestParam(name = "accountmanager", required = false) @Nullable UUID manager,
                @RequestParam(name = "nietGesprokenMaanden", required = false) @Nullable Integer months,
                @RequestParam(name = "pagina", required = false) @Nullable Integer page, Model model) {
        Access access = guard.require(Permission.EMPLOYER_READ);
        Integer silent = months != null && months >= 1 && months <= 120 ? months : null;
        var query = new EmployerRows.Query(text, manager == null ? null : new UserId(manager),
                silent == null ? null : service.today().minusMonths(silent));
        model.addAttribute("page", service.search(access, query, Paging.of(page, null)));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("zoek", text == null ? "" : text);
        params.put("accountmanager", manager == null ? "" : manager.toString());
        params.put("nietGesprokenMaanden", silent == null ? "" : silent.toString());
        model.addAttribute("params", params);
        model.addAttribute("managers", managers.in(access.scope().municipalities()));
        model.addAttribute("canWrite", !access.user().scopeFor(Permission.EMPLOYER_WRITE).isEmpty());
        model.addAttribute("names", municipalityNames());
        return "employer/list";
    }

    @GetMapping("/werkgevers/nieuw")
    String newEmployer(Model model) {
        Access access = guard.require(Permission.EMPLOYER_WRITE);
        String first = municipalities.of(access.scope().municipalities()).getFirst().code().value();
        model.addAttribute("form", EmployerForm.empty(first));
        return form(access, model, null);
    }

    @PostMapping("/werkgevers")
    String create(@Valid @ModelAttribute("form") EmployerForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        Access access = guard.require(Permission.EMPLOYER_WRITE);
        errors = formErrors.attach(model, "form", form, errors);
        if (!errors.hasErrors()) {
            try {
                EmployerId id = service.create(access, form);
                redirect.addFlashAttribute("notice", "employer.saved");
                return "redirect:/werkgevers/" + id;
            } catch (RuleViolation violation) {
                FormErrors.reject(errors, violation, "");
            }
        }
        return form(access, model, null);
    }

    @GetMapping("/werkgevers/{employerId}")
    String show(@PathVariable UUID employerId, Model model) {
        Access access = guard.require(Permission.EMPLOYER_READ);
        Employer employer = service.employer(access, new EmployerId(employerId));
        model.addAttribute("employer", employer);
        List<Views.Moment> shown = moments.moments(access, employer);
        List<Views.Contact> people = contacts.contacts(access, employer);
        model.addAttribute("contacts", people);
        model.addAttribute("contactNames", people.stream().collect(java.util.stream.Collectors.toMap(Views.Contact::id, Views.Contact::name)));
        model.addAttribute("moments", shown);
        model.addAttribute("clientNames", moments.linkedNames(access, employer, ContactMomentService.linkedClients(shown)));
        model.addAttribute("municipalityName", municipalities.nameOf(employer.municipality()));
        model.addAttribute("managerNames", managerNames(employer));
        model.addAttribute("canWrite", access.user().scopeFor(Permission.EMPLOYER_WRITE).contains(employer.municipality()));
        return "employer/show";
    }

    @GetMapping("/werkgevers/{employerId}/wijzigen")
    String edit(@PathVariable UUID employerId, Model model) {
        Access access = guard.require(Permission.EMPLOYER_WRITE);
        Employer employer = service.employer(access, new EmployerId(employerId));
        model.addAttribute("form", EmployerForm.of(employer));
        return form(access, model, employer);
    }

    @PostMapping("/werkgevers/{employerId}")
    String update(@PathVariable UUID employerId, @RequestParam(name = "version", defaultValue = "-1") int version,
                  @Valid @ModelAttribute("form") EmployerForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        Access access = guard.require(Permission.EMPLOYER_WRITE);
        Employer employer = service.employer(access, new EmployerId(employerId));
        errors = formErrors.attach(model, "form", form, errors);
        if (!errors.hasErrors()) {
            try {
                service.update(access, employer.id(), version, form);
                redirect.addFlashAttribute("notice", "employer.saved");
                return "redirect:/werkgevers/" + employer.id();
            } catch (RuleViolation violation) {
                FormErrors.reject(errors, violation, "");
            }
        }
        model.addAttribute("version", version);
        return form(access, model, employer);
    }

    private String form(Access access, Model model, @Nullable Employer employer) {
        model.addAttribute("employer", employer);
        if (!model.containsAttribute("version")) {
            model.addAttribute("version", employer == null ? 0 : employer.version());
        }
        model.addAttribute("sections", SbiSection.values());
        model.addAttribute("municipalities", municipalities.of(access.scope().municipalities()));
        model.addAttribute("managers", managers.in(access.scope().municipalities()));
        return "employer/form";
    }

    private Map<String, String> municipalityNames() {
        Map<String, String> names = new LinkedHashMap<>();
        municipalities.all().forEach(m -> names.put(m.code().value(), m.name()));
        return names;
    }

    private Map<UserId, String> managerNames(Employer employer) {
        List<UserId> ids = java.util.stream.Stream.of(employer.managerWi(), employer.managerEz()).filter(java.util.Objects::nonNull).toList();
        return managers.names(ids);
    }
}
