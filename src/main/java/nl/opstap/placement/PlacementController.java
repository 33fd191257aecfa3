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

/** Registering a placement: the types in the order a coach must consider them, and why not a higher one; from a hired match in one step. */
@Controller
class PlacementController {

    private final AccessGuard guard;
    private final PlacementService service;
    private final PlacementViews views;
    private final ClientDirectory clients;
    private final ClientFile file;
    private final FormErrors formErrors;

    PlacementController(AccessGuard guard, PlacementService service, PlacementViews views, ClientDirectory clients, ClientFile file,
                        FormErrors formErrors) {
        this.guard = guard;
        this.service = service;
        this.views = views;
        this.clients = clients;
        this.file = file;
        this.formErrors = formErrors;
    }

    @GetMapping("/werkzoekenden/{clientId}/plaatsingen/nieuw")
    String form(@PathVariable UUID clientId, @RequestParam(name = "koppeling", required = false) @Nullable UUID pair, Model model) {
        Access access = guard.require(Permission.PLACEMENT_WRITE);
        model.addAttribute("placement", new PlacementForm(pair == null ? null : PlacementType.REGULAR_WORK, null, null, null, null, null, null,
                null, null, null, null, null, pair));
        return form(access, clientId, pair, model);
    }

    @PostMapping("/werkzoekenden/{clientId}/plaatsingen/nieuw")
    String register(@PathVariable UUID clientId, @ModelAttribute("placement") PlacementForm form, BindingResult errors, Model model,
                    RedirectAttributes redirect) {
        Access access = guard.require(Permission.PLACEMENT_WRITE);
        errors = formErrors.attach(model, "placement", form, errors);
        if (errors.hasErrors()) {
            try {
                service.check(access, new ClientId(clientId), form);
            } catch (RuleViolation violation) {
                FormErrors.rejectUnlessRejected(errors, violation);
            }
        } else {
            try {
                Placement p = service.register(access, new ClientId(clientId), form);
                redirect.addFlashAttribute("notice", "placement.saved");
                return "redirect:/plaatsingen/" + p.id();
            } catch (RuleViolation violation) {
                FormErrors.reject(errors, violation, "");
            }
        }
        return form(access, clientId, form.matchPair(), model);
    }

    private String form(Access access, UUID clientId, @Nullable UUID pair, Model model) {
        ClientRef client = clients.inScope(access, new ClientId(clientId), ProcessingActivity.PLACEMENT, ProcessingAction.READ);
        model.addAttribute("file", file.header(access, client, PlacementFileController.TAB));
        model.addAttribute("clientId", clientId);
        model.addAttribute("types", PlacementType.values());
        model.addAttribute("contracts", ContractType.values());
        model.addAttribute("fromMatch", pair != null);
        model.addAttribute("employers", views.employersOf(access, client));
        model.addAttribute("vacancies", views.vacanciesOf(access, client));
        model.addAttribute("jobcoaches", views.jobcoachesOf(client));
        return "placement/form";
    }
}
