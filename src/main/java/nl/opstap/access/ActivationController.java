package nl.opstap.access;

import jakarta.validation.Valid;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Account activeren": public, like the sign-in page, so it has no access check; the one-time code from the
 * caseworker is the proof. It never says whose file a code belongs to.
 */
@Controller
class ActivationController {

    private final PortalInvitations invitations;
    private final AccessGuard guard;

    ActivationController(PortalInvitations invitations, AccessGuard guard) {
        this.invitations = invitations;
        this.guard = guard;
    }

    @GetMapping("/activeren")
    String form(Model model) {
        if (guard.signedInUser().isPresent()) {
            return "redirect:/";
        }
        model.addAttribute("form", ActivationForm.empty());
        return "access/activate";
    }

    @PostMapping("/activeren")
    String activate(@Valid @ModelAttribute("form") ActivationForm form, BindingResult errors, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                String username = invitations.activate(form);
                redirect.addFlashAttribute("activatedUsername", username);
                return "redirect:/inloggen?geactiveerd";
            } catch (RuleViolation violation) {
                FormErrors.reject(errors, violation, "");
            }
        }
        return "access/activate";
    }
}
