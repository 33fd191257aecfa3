package nl.opstap.portfolio;

import jakarta.validation.Valid;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.employer.EmployerId;
import nl.opstap.shared.domain.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The job seeker's consent page (own file only; the client id always comes from the account, never the request):
 * publish or withdraw the anonymous profile, and allow or stop a named employer seeing their data.
 */
@Controller
class ConsentController {

    static final String PAGE = "/mijn-privacy/toestemmingen";

    /** One line of the history as shown: its message key, when, and the employer's name (if any). */
    record Line(String key, java.time.Instant at, String employer) {}

    private final AccessGuard guard;
    private final ConsentService consents;

    ConsentController(AccessGuard guard, ConsentService consents) {
        this.guard = guard;
        this.consents = consents;
    }

    @GetMapping(PAGE)
    String page(Model model) {
        Access access = guard.require(Permission.OWN_FILE);
        return show(access, model, null, null);
    }

    @PostMapping(PAGE + "/profiel")
    String publish(@Valid @ModelAttribute("publish") PublishForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        Access access = guard.require(Permission.OWN_FILE);
        if (errors.hasErrors()) {
            return show(access, model, errors.getFieldError() == null ? null : errors.getFieldError().getDefaultMessage(), form.pitch());
        }
        consents.publish(access, form.pitch());
        flash.addFlashAttribute("notice", "profiles.consent.published");
        return "redirect:" + PAGE;
    }

    @PostMapping(PAGE + "/profiel/intrekken")
    String withdraw(RedirectAttributes flash) {
        Access access = guard.require(Permission.OWN_FILE);
        consents.withdraw(access);
        flash.addFlashAttribute("notice", "profiles.consent.withdrawn");
        return "redirect:" + PAGE;
    }

    @PostMapping(PAGE + "/werkgevers")
    String employer(@RequestParam(name = "werkgeverId", required = false) @Nullable UUID employer,
                    @RequestParam(name = "toestemming", defaultValue = "false") boolean given, RedirectAttributes flash) {
        Access access = guard.require(Permission.OWN_FILE);
        try {
            if (employer == null) {
                throw RuleViolation.of(EmployerConsentForm.class, "werkgeverId", "required", "Kies een werkgever uit de lijst.");
            }
            consents.setEmployer(access, new EmployerId(employer), given);
            flash.addFlashAttribute("notice", given ? "profiles.consent.employerGiven" : "profiles.consent.employerRevoked");
        } catch (RuleViolation e) {
            flash.addFlashAttribute("error", e.violations().getFirst().message());
        }
        return "redirect:" + PAGE;
    }

    private String show(Access access, Model model, @Nullable String pitchError, @Nullable String pitch) {
        ConsentService.Overview overview = consents.overview(access);
        model.addAttribute("overview", overview);
        model.addAttribute("pitch", pitch != null ? pitch : overview.profile().map(ProfileCard::pitch).orElse(""));
        model.addAttribute("pitchError", pitchError);
        model.addAttribute("pitchMax", ProfileAnonymiser.PITCH_MAX);
        model.addAttribute("lines", overview.history().stream().map(h -> new Line("profiles.history." + h.kind().name().toLowerCase(java.util.Locale.ROOT)
                + (h.given() ? ".given" : ".revoked"), h.at(), h.employer() == null ? "" : overview.names().getOrDefault(h.employer(), ""))).toList());
        return "portfolio/consent-page";
    }
}
