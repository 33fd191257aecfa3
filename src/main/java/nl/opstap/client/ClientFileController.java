package nl.opstap.client;

import jakarta.validation.Valid;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.shared.domain.Paging;
import nl.opstap.shared.domain.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Actions on a client's file that keep history: benefit status, caseworker, partner; and its processing log. */
@Controller
class ClientFileController {

    private final AccessGuard guard;
    private final ClientService service;
    private final ClientLookup lookup;
    private final MessageSource messages;

    ClientFileController(AccessGuard guard, ClientService service, ClientLookup lookup, MessageSource messages) {
        this.guard = guard;
        this.service = service;
        this.lookup = lookup;
        this.messages = messages;
    }

    @PostMapping("/werkzoekenden/{id}/uitkeringsstatus")
    String changeBenefit(@PathVariable UUID id, @Valid @ModelAttribute BenefitChange change, BindingResult errors,
                         RedirectAttributes redirect) {
        Access access = guard.require(Permission.CLIENT_WRITE);
        return act(id, errors, redirect, "benefit", () -> service.changeBenefit(access, new ClientId(id), change));
    }

    @PostMapping("/werkzoekenden/{id}/klantmanager")
    String assignCaseworker(@PathVariable UUID id, @Valid @ModelAttribute CaseworkerChange change, BindingResult errors,
                            RedirectAttributes redirect) {
        Access access = guard.require(Permission.CLIENT_WRITE);
        return act(id, errors, redirect, "caseworker", () -> service.assignCaseworker(access, new ClientId(id), change));
    }

    @PostMapping("/werkzoekenden/{id}/partner")
    String changePartner(@PathVariable UUID id, @RequestParam(name = "partnerId", required = false) UUID partnerId,
                         RedirectAttributes redirect) {
        Access access = guard.require(Permission.CLIENT_WRITE);
        return act(id, null, redirect, "partner",
                () -> service.changePartner(access, new ClientId(id), new PartnerChange(partnerId)));
    }

    @GetMapping("/werkzoekenden/{id}/partner-kandidaten")
    String partnerCandidates(@PathVariable UUID id, @RequestParam(name = "naam", defaultValue = "") String name, Model model) {
        Access access = guard.require(Permission.CLIENT_WRITE);
        model.addAttribute("candidates", lookup.partnerCandidates(access, new ClientId(id), name));
        model.addAttribute("clientId", id);
        return "client/partner-candidates :: candidates";
    }

    @GetMapping("/werkzoekenden/{id}/verwerkingen")
    String processingLog(@PathVariable UUID id, @RequestParam(name = "pagina", required = false) Integer page, Model model) {
        Access access = guard.require(Permission.PROCESSING_LOG_READ);
        model.addAttribute("entries", lookup.processingHistory(access, new ClientId(id), Paging.of(page, 20)));
        model.addAttribute("clientId", id);
        return "client/processing-log :: log";
    }

    private String act(UUID id, BindingResult errors, RedirectAttributes redirect, String section, Runnable action) {
        if (errors != null && errors.hasErrors()) {
            redirect.addFlashAttribute(section + "Error",
                    messages.getMessage(errors.getAllErrors().getFirst(), LocaleContextHolder.getLocale()));
        } else {
            try {
                action.run();
                redirect.addFlashAttribute("notice", "client." + section + ".saved");
            } catch (RuleViolation violation) {
                redirect.addFlashAttribute(section + "Error", violation.getMessage());
            }
        }
        return "redirect:/werkzoekenden/" + id + "#" + section;
    }
}
