package nl.opstap.placement;

import java.util.List;
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
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The client's Plaatsingen tab: placements with their follow-up, outflows with durability and re-entries; records outflow and return. */
@Controller
class PlacementFileController {

    static final String TAB = "plaatsingen";

    private final AccessGuard guard;
    private final PlacementService placements;
    private final FollowUpService followUps;
    private final OutflowService outflows;
    private final PlacementViews views;
    private final ClientDirectory clients;
    private final ClientFile file;
    private final FormErrors formErrors;

    PlacementFileController(AccessGuard guard, PlacementService placements, FollowUpService followUps, OutflowService outflows,
                            PlacementViews views, ClientDirectory clients, ClientFile file, FormErrors formErrors) {
        this.guard = guard;
        this.placements = placements;
        this.followUps = followUps;
        this.outflows = outflows;
        this.views = views;
        this.clients = clients;
        this.file = file;
        this.formErrors = formErrors;
    }

    @GetMapping("/werkzoekenden/{clientId}/plaatsingen")
    String page(@PathVariable UUID clientId, Model model) {
        Access access = guard.require(Permission.CLIENT_READ);
        return page(access, clientId, model);
    }

    @PostMapping("/werkzoekenden/{clientId}/uitstroom")
    String outflow(@PathVariable UUID clientId, @ModelAttribute("outflow") OutflowForm form, BindingResult errors, Model model,
                   RedirectAttributes redirect) {
        Access access = guard.require(Permission.CLIENT_WRITE);
        errors = formErrors.attach(model, "outflow", form, errors);
        if (!errors.hasErrors()) {
            try {
                outflows.register(access, new ClientId(clientId), form);
                redirect.addFlashAttribute("notice", "placement.outflow.saved");
                return "redirect:/werkzoekenden/" + clientId + "/" + TAB;
            } catch (RuleViolation violation) {
                FormErrors.reject(errors, violation, "");
            }
        }
        return page(guard.require(Permission.CLIENT_READ), clientId, model);
    }

    @PostMapping("/werkzoekenden/{clientId}/herinstroom")
    String reEntry(@PathVariable UUID clientId, @ModelAttribute("reEntry") ReEntryForm form, BindingResult errors, Model model,
                   RedirectAttributes redirect) {
        Access access = guard.require(Permission.CLIENT_WRITE);
        errors = formErrors.attach(model, "reEntry", form, errors);
        if (!errors.hasErrors()) {
            try {
                ReEntry r = outflows.reEnter(access, new ClientId(clientId), form);
                redirect.addFlashAttribute("notice", r.revolvingDoor() ? "placement.reEntry.savedRevolving" : "placement.reEntry.saved");
                return "redirect:/werkzoekenden/" + clientId + "/" + TAB;
            } catch (RuleViolation violation) {
                FormErrors.reject(errors, violation, "");
            }
        }
        return page(guard.require(Permission.CLIENT_READ), clientId, model);
    }

    private String page(Access access, UUID clientId, Model model) {
        ClientId id = new ClientId(clientId);
        ClientRef client = clients.inScope(access, id, ProcessingActivity.PLACEMENT, ProcessingAction.LIST);
        List<Placement> list = placements.ofClient(access, id);
        var names = views.employerNames(access, list);
        model.addAttribute("file", file.header(access, client, TAB));
        model.addAttribute("clientId", clientId);
        model.addAttribute("rows", list.stream().map(p -> {
            List<Placement.FollowUp> contacts = placements.followUps(p.id());
            return new PlacementViews.Row(p, p.employer() == null ? null : names.get(p.employer()),
                    contacts.stream().filter(f -> f.held() != null).count(), contacts.size(),
                    followUps.reopenings(p.id()).stream().filter(r -> r.closedOn() == null).count());
        }).toList());
        model.addAttribute("outflows", outflows.history(access, id));
        model.addAttribute("canPlace", access.user().roleFor(Permission.PLACEMENT_WRITE, client.municipality()).isPresent());
        model.addAttribute("canRecord", access.user().roleFor(Permission.CLIENT_WRITE, client.municipality()).isPresent());
        model.addAttribute("reasons", OutflowReason.values());
        model.addAttribute("extents", OutflowExtent.values());
        if (!model.containsAttribute("outflow")) {
            model.addAttribute("outflow", new OutflowForm(null, null, null, null));
        }
        if (!model.containsAttribute("reEntry")) {
            model.addAttribute("reEntry", new ReEntryForm(null));
        }
        return "placement/file";
    }
}
