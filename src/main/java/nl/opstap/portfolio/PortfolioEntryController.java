package nl.opstap.portfolio;

import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.client.EducationLevel;
import nl.opstap.shared.domain.NotFoundException;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.shared.domain.StaleVersionException;
import nl.opstap.shared.web.FormErrors;
import org.jspecify.annotations.Nullable;
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

/** The job seeker adds, changes and deletes entries of their own portfolio, one section at a time. */
@Controller
class PortfolioEntryController {

    private static final String FORM = "portfolio/portfolio-entry";

    private final AccessGuard guard;
    private final PortfolioService service;
    private final PortfolioFiles files;
    private final CompetenceChoices choices;
    private final FormErrors formErrors;

    PortfolioEntryController(AccessGuard guard, PortfolioService service, PortfolioFiles files, CompetenceChoices choices,
                             FormErrors formErrors) {
        this.guard = guard;
        this.service = service;
        this.files = files;
        this.choices = choices;
        this.formErrors = formErrors;
    }

    @GetMapping(PortfolioController.HOME + "/{section}/nieuw")
    String newEntry(@PathVariable String section, @RequestParam(name = "zoek", required = false) @Nullable String search, Model model) {
        Access access = guard.require(Permission.OWN_FILE);
        PortfolioSection s = section(section);
        model.addAttribute("entry", PortfolioEntryForm.empty(s));
        return form(access, s, null, search, model);
    }

    @PostMapping(PortfolioController.HOME + "/{section}")
    String create(@PathVariable String section, @ModelAttribute("entry") PortfolioEntryForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        Access access = guard.require(Permission.OWN_FILE);
        PortfolioSection s = section(section);
        errors = formErrors.attach(model, "entry", form, errors);
        if (!errors.hasErrors()) {
            try {
                service.add(access, s, form.inSection(s));
                return saved(redirect);
            } catch (RuleViolation violation) {
                FormErrors.reject(errors, violation, "");
            }
        }
        return form(access, s, null, null, model);
    }

    @GetMapping(PortfolioController.HOME + "/onderdelen/{id}")
    String edit(@PathVariable UUID id, Model model) {
        Access access = guard.require(Permission.OWN_FILE);
        PortfolioEntry entry = service.entry(access, new PortfolioEntryId(id));
        model.addAttribute("entry", entry.toForm());
        return form(access, entry.section(), id, null, model);
    }

    @PostMapping(PortfolioController.HOME + "/onderdelen/{id}")
    String update(@PathVariable UUID id, @ModelAttribute("entry") PortfolioEntryForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        Access access = guard.require(Permission.OWN_FILE);
        PortfolioEntry current = service.entry(access, new PortfolioEntryId(id));
        errors = formErrors.attach(model, "entry", form, errors);
        if (!errors.hasErrors()) {
            try {
                service.change(access, current.id(), form);
                return saved(redirect);
            } catch (RuleViolation violation) {
                FormErrors.reject(errors, violation, "");
            } catch (StaleVersionException stale) {
                // Keep what was typed, on the current version, so saving again is a deliberate choice.
                PortfolioEntryForm fresh = form.withVersion(stale.currentVersion());
                BindingResult attached = new BeanPropertyBindingResult(fresh, "entry");
                attached.reject("stale", stale.getMessage() + ". Hieronder staat wat u typte. Sla opnieuw op als dat moet blijven.");
                model.addAttribute("entry", fresh);
                model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "entry", attached);
            }
        }
        return form(access, current.section(), id, null, model);
    }

    @PostMapping(PortfolioController.HOME + "/onderdelen/{id}/verwijderen")
    String delete(@PathVariable UUID id, @RequestParam(name = "version", required = false) @Nullable Integer version,
                  RedirectAttributes redirect) {
        Access access = guard.require(Permission.OWN_FILE);
        try {
            service.delete(access, new PortfolioEntryId(id), version);
            redirect.addFlashAttribute("notice", "portfolio.deleted");
        } catch (StaleVersionException stale) {
            redirect.addFlashAttribute("error", stale.getMessage() + ". Kijk of u het nog wilt verwijderen.");
        }
        return "redirect:" + PortfolioController.HOME;
    }

    private String form(Access access, PortfolioSection section, @Nullable UUID id, @Nullable String search, Model model) {
        model.addAttribute("section", section);
        model.addAttribute("entryId", id);
        model.addAttribute("levels", EducationLevel.values());
        model.addAttribute("statuses", PortfolioApplicationStatus.values());
        if (section == PortfolioSection.VAARDIGHEID) {
            var client = files.own(access, ProcessingAction.READ);
            model.addAttribute("search", search == null ? "" : search);
            model.addAttribute("hits", choices.search(search == null ? "" : search));
            model.addAttribute("competences", choices.competencesIn(client.municipality()));
        }
        return FORM;
    }

    private static String saved(RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", "portfolio.saved");
        return "redirect:" + PortfolioController.HOME;
    }

    private static PortfolioSection section(String code) {
        return PortfolioSection.find(code).orElseThrow(() -> new NotFoundException("Dit onderdeel"));
    }
}
