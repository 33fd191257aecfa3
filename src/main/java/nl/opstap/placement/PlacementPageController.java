package nl.opstap.placement;

import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.audit.ProcessingActivity;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientFile;
import nl.opstap.client.ClientId;
import nl.opstap.client.ClientRef;
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

/** A placement's page: its terms, ending it, the follow-up contacts to record, and support reopened after a signal. */
@Controller
class PlacementPageController {

    private final AccessGuard guard;
    private final PlacementService service;
    private final FollowUpService followUps;
    private final PlacementViews views;
    private final ClientDirectory clients;
    private final ClientFile file;
    private final FormErrors formErrors;

    PlacementPageController(AccessGuard guard, PlacementService service, FollowUpService followUps, PlacementViews views,
                            ClientDirectory clients, ClientFile file, FormErrors formErrors) {
        this.guard = guard;
        this.service = service;
        this.followUps = followUps;
        this.views = views;
        this.clients = clients;
        this.file = file;
        this.formErrors = formErrors;
    }

    @GetMapping("/plaatsingen/{placementId}")
    String show(@PathVariable UUID placementId, @RequestParam(name = "contact", required = false) @Nullable UUID contact, Model model) {
        return page(guard.require(Permission.CLIENT_READ), placementId, contact, model);
    }

    @PostMapping("/plaatsingen/{placementId}/beeindiging")
    String end(@PathVariable UUID placementId, @ModelAttribute("ending") PlacementEnding form, BindingResult errors, Model model,
               RedirectAttributes redirect) {
        Access access = guard.require(Permission.PLACEMENT_WRITE);
        errors = formErrors.attach(model, "ending", form, errors);
        if (!errors.hasErrors()) {
            try {
                service.end(access, placementId, form);
                redirect.addFlashAttribute("notice", "placement.ended");
                return "redirect:/plaatsingen/" + placementId;
            } catch (RuleViolation violation) {
                FormErrors.reject(errors, violation, "");
            } catch (StaleVersionException stale) {
                errors.reject("stale", stale.getMessage());
            }
        }
        return page(guard.require(Permission.CLIENT_READ), placementId, null, model);
    }

    @PostMapping("/plaatsingen/{placementId}/nazorg/{followUpId}")
    String record(@PathVariable UUID placementId, @PathVariable UUID followUpId, @ModelAttribute("contact") FollowUpRecord form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        Access access = guard.require(Permission.PLACEMENT_WRITE);
        errors = formErrors.attach(model, "contact", form, errors);
        if (!errors.hasErrors()) {
            try {
                followUps.record(access, placementId, followUpId, form);
                redirect.addFlashAttribute("notice", Boolean.TRUE.equals(form.reopenSupport()) ? "placement.followUp.reopened"
                        : "placement.followUp.saved");
                return "redirect:/plaatsingen/" + placementId;
            } catch (RuleViolation violation) {
                FormErrors.reject(errors, violation, "");
            }
        }
        return page(guard.require(Permission.CLIENT_READ), placementId, followUpId, model);
    }

    @PostMapping("/plaatsingen/{placementId}/heropende-ondersteuning/{reopeningId}/afsluiting")
    String close(@PathVariable UUID placementId, @PathVariable UUID reopeningId, RedirectAttributes redirect) {
        Access access = guard.require(Permission.PLACEMENT_WRITE);
        try {
            followUps.close(access, placementId, reopeningId);
            redirect.addFlashAttribute("notice", "placement.support.closed");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("notice", "placement.support.alreadyClosed");
        }
        return "redirect:/plaatsingen/" + placementId;
    }

    private String page(Access access, UUID placementId, @Nullable UUID openContact, Model model) {
        Placement p = service.read(access, placementId);
        ClientRef client = clients.inScope(access, new ClientId(p.client()), ProcessingActivity.PLACEMENT, ProcessingAction.READ);
        model.addAttribute("file", file.header(access, client, PlacementFileController.TAB));
        model.addAttribute("p", p);
        model.addAttribute("employerName", p.employer() == null ? null : views.employerNames(access, java.util.List.of(p)).get(p.employer()));
        model.addAttribute("vacancyTitle", views.vacancyTitle(access, p.vacancy()));
        model.addAttribute("jobcoachName", views.userName(p.jobcoach()));
        model.addAttribute("followUps", service.followUps(p.id()));
        model.addAttribute("reopenings", followUps.reopenings(p.id()));
        model.addAttribute("today", followUps.today());
        model.addAttribute("openContact", openContact);
        model.addAttribute("canWrite", access.user().roleFor(Permission.PLACEMENT_WRITE, client.municipality()).isPresent());
        if (!model.containsAttribute("ending")) {
            model.addAttribute("ending", new PlacementEnding(null, null));
        }
        if (!model.containsAttribute("contact")) {
            model.addAttribute("contact", new FollowUpRecord(followUps.today(), null, null, null));
        }
        return "placement/show";
    }
}
