package nl.opstap.portfolio;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.shared.domain.Coded;
import nl.opstap.shared.domain.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The account manager's list of employers' contact requests, and the steps they take on one. */
@Controller
class ContactRequestController {

    static final List<ContactStatus> STEPS = List.of(ContactStatus.FORWARDED, ContactStatus.CONTACTED, ContactStatus.DECLINED);

    private final AccessGuard guard;
    private final ContactRequestService requests;

    ContactRequestController(AccessGuard guard, ContactRequestService requests) {
        this.guard = guard;
        this.requests = requests;
    }

    @GetMapping("/contactverzoeken")
    String list(@RequestParam(name = "alle", defaultValue = "false") boolean all, Model model) {
        Access access = guard.require(Permission.EMPLOYER_WRITE);
        model.addAttribute("rows", requests.forManagers(access, !all));
        model.addAttribute("all", all);
        model.addAttribute("steps", STEPS);
        return "portfolio/profile-contact-requests";
    }

    @PostMapping("/contactverzoeken/{id}/stap")
    String step(@PathVariable UUID id, @Valid @ModelAttribute DecisionForm form, BindingResult errors, RedirectAttributes flash) {
        Access access = guard.require(Permission.EMPLOYER_WRITE);
        try {
            if (errors.hasErrors() || form.status() == null) {
                throw RuleViolation.of(DecisionForm.class, "status", "invalid", errors.getFieldError() == null
                        ? "Kies een stap." : errors.getFieldError().getDefaultMessage());
            }
            requests.decide(access, id, status(form.status()), form.note(), form.version());
            flash.addFlashAttribute("notice", "profiles.requests.saved");
        } catch (RuleViolation e) {
            flash.addFlashAttribute("error", e.violations().getFirst().message());
        }
        return "redirect:/contactverzoeken";
    }

    static ContactStatus status(String code) {
        try {
            return Coded.fromCode(ContactStatus.class, code);
        } catch (IllegalArgumentException e) {
            throw RuleViolation.of(DecisionForm.class, "status", "unknown", "Kies voorgelegd, contact gelegd of afgewezen.");
        }
    }
}
