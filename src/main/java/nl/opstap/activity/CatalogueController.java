package nl.opstap.activity;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.organisation.OrganisationId;
import nl.opstap.shared.domain.NotFoundException;
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

/** /beheer/activiteiten and /beheer/uitvalredenen: the catalogue and dropout reasons of the administrator's organisations. */
@Controller
class CatalogueController {

    private final AccessGuard guard;
    private final CatalogueService service;
    private final Organisations organisations;
    private final FormErrors formErrors;

    CatalogueController(AccessGuard guard, CatalogueService service, Organisations organisations, FormErrors formErrors) {
        this.guard = guard;
        this.service = service;
        this.organisations = organisations;
        this.formErrors = formErrors;
    }

    @GetMapping("/beheer/activiteiten")
    String list(@RequestParam(name = "organisatie", required = false) @Nullable UUID org, Model model) {
        Access access = guard.require(Permission.CATALOGUE_ADMIN);
        OrganisationId selected = select(access, org, model);
        model.addAttribute("rows", service.rows(access, List.of(selected)));
        return "activity/catalogue";
    }

    @GetMapping("/beheer/activiteiten/nieuw")
    String newActivity(@RequestParam(name = "organisatie", required = false) @Nullable UUID org, Model model) {
        Access access = guard.require(Permission.CATALOGUE_ADMIN);
        select(access, org, model);
        model.addAttribute("form", ActivityForm.empty());
        return form(model, null);
    }

    @PostMapping("/beheer/activiteiten")
    String create(@RequestParam(name = "organisatie", required = false) @Nullable UUID org,
                  @Valid @ModelAttribute("form") ActivityForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        Access access = guard.require(Permission.CATALOGUE_ADMIN);
        OrganisationId selected = select(access, org, model);
        errors = formErrors.attach(model, "form", form, errors);
        if (!errors.hasErrors()) {
            try {
                service.create(access, selected, form);
                redirect.addFlashAttribute("notice", "activity.saved");
                return "redirect:/beheer/activiteiten?organisatie=" + selected.value();
            } catch (RuleViolation violation) {
                FormErrors.reject(errors, violation, "");
            }
        }
        return form(model, null);
    }

    @GetMapping("/beheer/activiteiten/{activityId}")
    String edit(@PathVariable UUID activityId, Model model) {
        Access access = guard.require(Permission.CATALOGUE_ADMIN);
        Activity activity = service.activity(access, new ActivityId(activityId));
        select(access, activity.organisation().value(), model);
        model.addAttribute("form", ActivityForm.of(activity));
        return form(model, activity);
    }

    @PostMapping("/beheer/activiteiten/{activityId}")
    String update(@PathVariable UUID activityId, @Valid @ModelAttribute("form") ActivityForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        Access access = guard.require(Permission.CATALOGUE_ADMIN);
        Activity activity = service.activity(access, new ActivityId(activityId));
        select(access, activity.organisation().value(), model);
        errors = formErrors.attach(model, "form", form, errors);
        if (!errors.hasErrors()) {
            try {
                service.update(access, activity.id(), form);
                redirect.addFlashAttribute("notice", "activity.saved");
                return "redirect:/beheer/activiteiten?organisatie=" + activity.organisation().value();
            } catch (RuleViolation violation) {
                FormErrors.reject(errors, violation, "");
            }
        }
        return form(model, activity);
    }

    @PostMapping("/beheer/activiteiten/{activityId}/deactiveren")
    String deactivate(@PathVariable UUID activityId, RedirectAttributes redirect) {
        return active(activityId, false, redirect);
    }

    @PostMapping("/beheer/activiteiten/{activityId}/activeren")
    String activate(@PathVariable UUID activityId, RedirectAttributes redirect) {
        return active(activityId, true, redirect);
    }

    private String active(UUID activityId, boolean active, RedirectAttributes redirect) {
        Access access = guard.require(Permission.CATALOGUE_ADMIN);
        Activity activity = service.activity(access, new ActivityId(activityId));
        service.setActive(access, activity.id(), active);
        redirect.addFlashAttribute("notice", active ? "activity.activated" : "activity.deactivated");
        return "redirect:/beheer/activiteiten?organisatie=" + activity.organisation().value();
    }

    @GetMapping("/beheer/uitvalredenen")
    String reasons(@RequestParam(name = "organisatie", required = false) @Nullable UUID org, Model model) {
        Access access = guard.require(Permission.CATALOGUE_ADMIN);
        OrganisationId selected = select(access, org, model);
        model.addAttribute("reasons", service.reasons(access, List.of(selected)));
        if (!model.containsAttribute("reasonForm")) {
            model.addAttribute("reasonForm", new ReasonForm(""));
        }
        return "activity/reasons";
    }

    @PostMapping("/beheer/uitvalredenen")
    String addReason(@RequestParam(name = "organisatie", required = false) @Nullable UUID org,
                     @Valid @ModelAttribute("reasonForm") ReasonForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        Access access = guard.require(Permission.CATALOGUE_ADMIN);
        OrganisationId selected = select(access, org, model);
        if (!errors.hasErrors()) {
            try {
                service.addReason(access, selected, form);
                redirect.addFlashAttribute("notice", "dropout.saved");
                return "redirect:/beheer/uitvalredenen?organisatie=" + selected.value();
            } catch (RuleViolation violation) {
                FormErrors.reject(errors, violation, "");
            }
        }
        model.addAttribute("reasons", service.reasons(access, List.of(selected)));
        return "activity/reasons";
    }

    @PostMapping("/beheer/uitvalredenen/{reasonId}")
    String renameReason(@PathVariable UUID reasonId, @RequestParam(name = "name", defaultValue = "") String name,
                        RedirectAttributes redirect) {
        Access access = guard.require(Permission.CATALOGUE_ADMIN);
        return reasonAction(access, reasonId, redirect, () -> {
            if (name.isBlank() || name.strip().length() > 100) {
                throw RuleViolation.of(ReasonForm.class, "name", "size", "Geef de reden een naam van hooguit 100 tekens.");
            }
            service.renameReason(access, new DropoutReasonId(reasonId), new ReasonForm(name));
        });
    }

    @PostMapping("/beheer/uitvalredenen/{reasonId}/deactiveren")
    String deactivateReason(@PathVariable UUID reasonId, RedirectAttributes redirect) {
        Access access = guard.require(Permission.CATALOGUE_ADMIN);
        return reasonAction(access, reasonId, redirect, () -> service.setReasonActive(access, new DropoutReasonId(reasonId), false));
    }

    @PostMapping("/beheer/uitvalredenen/{reasonId}/activeren")
    String activateReason(@PathVariable UUID reasonId, RedirectAttributes redirect) {
        Access access = guard.require(Permission.CATALOGUE_ADMIN);
        return reasonAction(access, reasonId, redirect, () -> service.setReasonActive(access, new DropoutReasonId(reasonId), true));
    }

    private String reasonAction(Access access, UUID reasonId, RedirectAttributes redirect, Runnable action) {
        OrganisationId org = service.reasonOrganisation(access, new DropoutReasonId(reasonId));
        try {
            action.run();
            redirect.addFlashAttribute("notice", "dropout.saved");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("reasonError", violation.getMessage());
            redirect.addFlashAttribute("reasonErrorId", reasonId);
        }
        return "redirect:/beheer/uitvalredenen?organisatie=" + org.value();
    }

    private String form(Model model, @Nullable Activity activity) {
        model.addAttribute("activity", activity);
        model.addAttribute("kinds", ActivityKind.values());
        return "activity/activity-form";
    }

    /** The organisation shown: the requested one when the admin may manage it, else the first. */
    private OrganisationId select(Access access, @Nullable UUID requested, Model model) {
        List<Organisations.Org> orgs = organisations.of(access.scope());
        Organisations.Org selected = requested == null ? orgs.getFirst()
                : orgs.stream().filter(o -> o.id().value().equals(requested)).findFirst()
                        .orElseThrow(() -> new NotFoundException("Organisatie"));
        model.addAttribute("organisations", orgs);
        model.addAttribute("organisation", selected);
        return selected.id();
    }
}
