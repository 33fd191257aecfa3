package nl.opstap.plan;

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
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The plan tab of a client's file: the current plan, editing, fixing, revising, closing, versions and PDF. */
@Controller
class PlanController {

    static final String TAB = "plan";

    private final AccessGuard guard;
    private final PlanService service;
    private final PlanPages pages;
    private final PlanPdf pdf;
    private final SmartValidator validator;
    private final FormErrors formErrors;

    PlanController(AccessGuard guard, PlanService service, PlanPages pages, PlanPdf pdf, SmartValidator validator,
                   FormErrors formErrors) {
        this.formErrors = formErrors;
        this.guard = guard;
        this.service = service;
        this.pages = pages;
        this.pdf = pdf;
        this.validator = validator;
    }

    @GetMapping("/werkzoekenden/{id}/plan")
    String show(@PathVariable UUID id, Model model) {
        Access access = guard.require(Permission.CLIENT_READ);
        PlanService.PlanOfClient read = service.read(access, new ClientId(id));
        pages.show(access, read, service.readAll(access, read.client()), model);
        return "plan/show";
    }

    @GetMapping("/werkzoekenden/{id}/plan/versies/{number}")
    String version(@PathVariable UUID id, @PathVariable int number, Model model) {
        Access access = guard.require(Permission.CLIENT_READ);
        PlanService.PlanOfClient read = service.read(access, new ClientId(id));
        pages.version(access, read, read.required().version(number), "/werkzoekenden/" + id + "/plan", model);
        return "plan/version";
    }


    @GetMapping("/werkzoekenden/{id}/plan/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        Access access = guard.require(Permission.CLIENT_READ);
        PlanService.PlanOfClient read = service.read(access, new ClientId(id));
        return pdf.response(read, read.required().current());
    }

    @GetMapping("/werkzoekenden/{id}/plan/versies/{number}/pdf")
    ResponseEntity<byte[]> versionPdf(@PathVariable UUID id, @PathVariable int number) {
        Access access = guard.require(Permission.CLIENT_READ);
        PlanService.PlanOfClient read = service.read(access, new ClientId(id));
        return pdf.response(read, read.required().version(number));
    }

    @GetMapping("/werkzoekenden/{id}/plan/bewerken")
    String edit(@PathVariable UUID id, Model model) {
        Access access = guard.require(Permission.CLIENT_WRITE);
        PlanService.PlanOfClient read = service.read(access, new ClientId(id));
        PlanForm form = read.plan().filter(p -> p.status() != PlanStatus.AFGESLOTEN)
                .map(p -> new PlanForm(p.current().content(), null, null, p.lockVersion()))
                .orElse(new PlanForm(PlanContent.empty(), null, null, null));
        pages.edit(access, read, withRows(form), model);
        return "plan/edit";
    }

    @PostMapping("/werkzoekenden/{id}/plan")
    String save(@PathVariable UUID id, @ModelAttribute("form") PlanForm form, BindingResult errors,
                @RequestParam(name = "actie", defaultValue = "opslaan") String action, Model model, RedirectAttributes redirect) {
        Access access = guard.require(Permission.CLIENT_WRITE);
        ClientId client = new ClientId(id);
        if (errors.hasErrors()) { // a value of the wrong type (e.g. a date that is no date): show it as typed
            formErrors.attach(model, "form", form, errors);
            pages.edit(access, service.read(access, client), null, model);
            return "plan/edit";
        }
        if (!action.equals("opslaan")) {
            pages.edit(access, service.read(access, client), rowsChanged(form, action), model);
            return "plan/edit";
        }
        PlanForm cleaned = form.withContent(form.content().withoutBlankRows());
        BindingResult result = new BeanPropertyBindingResult(cleaned, "form");
        validator.validate(cleaned, result);
        if (!result.hasErrors()) {
            try {
                if (form.version() == null) {
                    service.start(access, client, cleaned.content());
                } else {
                    service.change(access, client, cleaned.content(), form.version(), form.reason(), form.on());
                }
                redirect.addFlashAttribute("notice", "plan.saved");
                return "redirect:/werkzoekenden/" + id + "/plan";
            } catch (RuleViolation violation) {
                PlanForm.reject(result, violation);
            } catch (StaleVersionException stale) {
                result.reject("stale", pages.message("plan.stale"));
            }
        }
        pages.edit(access, service.read(access, client), cleaned, model);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", result);
        return "plan/edit";
    }

    @PostMapping("/werkzoekenden/{id}/plan/vaststellen")
    String approve(@PathVariable UUID id, @ModelAttribute("transition") TransitionForm form, BindingResult errors,
                   @RequestParam(name = "version") int version, Model model, RedirectAttributes redirect) {
        Access access = guard.require(Permission.CLIENT_WRITE);
        errors = formErrors.attach(model, "transition", form, errors);
        return transition(access, id, "approve", errors, model, redirect,
                () -> service.approve(access, new ClientId(id), version, form.on()));
    }

    @PostMapping("/werkzoekenden/{id}/plan/afsluiten")
    String close(@PathVariable UUID id, @ModelAttribute("transition") TransitionForm form, BindingResult errors,
                 @RequestParam(name = "version") int version, Model model, RedirectAttributes redirect) {
        Access access = guard.require(Permission.CLIENT_WRITE);
        errors = formErrors.attach(model, "transition", form, errors);
        return transition(access, id, "close", errors, model, redirect,
                () -> service.close(access, new ClientId(id), version, form.reason(), form.on()));
    }

    private String transition(Access access, UUID id, String which, BindingResult errors, Model model,
                              RedirectAttributes redirect, Runnable change) {
        if (!errors.hasErrors()) {
            try {
                change.run();
                redirect.addFlashAttribute("notice", "plan." + which + ".done");
                return "redirect:/werkzoekenden/" + id + "/plan";
            } catch (RuleViolation violation) {
                violation.violations().forEach(v -> {
                    switch (v.field()) {
                        case "reden" -> errors.rejectValue("reason", v.code(), v.message());
                        case "datum" -> errors.rejectValue("on", v.code(), v.message());
                        default -> errors.reject(v.code(), v.message());
                    }
                });
            } catch (StaleVersionException stale) {
                errors.reject("stale", pages.message("plan.stale"));
            }
        }
        model.addAttribute("openTransition", which);
        PlanService.PlanOfClient read = service.read(access, new ClientId(id));
        pages.show(access, read, service.readAll(access, read.client()), model);
        return "plan/show";
    }

    /** The form with one empty row of each list, so there is always a row to fill in. */
    static PlanForm withRows(PlanForm form) {
        return rowsChanged(rowsChanged(rowsChanged(form, form.content().goals().isEmpty() ? "doel-toevoegen" : ""),
                form.content().agreements().isEmpty() ? "afspraak-toevoegen" : ""),
                form.content().steps().isEmpty() ? "stap-toevoegen" : "");
    }

    /** Adds an empty row ("doel-toevoegen") or removes one ("verwijder-doel-2"), without saving. */
    static PlanForm rowsChanged(PlanForm form, String action) {
        PlanContent c = form.content();
        List<PlanContent.Goal> goals = new ArrayList<>(c.goals());
        List<PlanContent.Agreement> agreements = new ArrayList<>(c.agreements());
        List<PlanContent.Step> steps = new ArrayList<>(c.steps());
        switch (action) {
            case "doel-toevoegen" -> goals.add(new PlanContent.Goal(null, null));
            case "afspraak-toevoegen" -> agreements.add(new PlanContent.Agreement(null, null));
            case "stap-toevoegen" -> steps.add(new PlanContent.Step(null, null, null, null));
            default -> {
                if (action.startsWith("verwijder-")) {
                    String[] parts = action.split("-");
                    int index = parts.length == 3 && parts[2].matches("\\d{1,3}") ? Integer.parseInt(parts[2]) : -1;
                    remove(parts.length == 3 ? switch (parts[1]) {
                        case "doel" -> goals;
                        case "afspraak" -> agreements;
                        case "stap" -> steps;
                        default -> null;
                    } : null, index);
                }
            }
        }
        return form.withContent(new PlanContent(c.perspective(), c.reviewDate(), goals, agreements, steps));
    }

    private static void remove(@Nullable List<?> list, int index) {
        if (list != null && index >= 0 && index < list.size()) {
            list.remove(index);
        }
    }
}
