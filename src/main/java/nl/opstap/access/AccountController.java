package nl.opstap.access;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.UUID;
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

/** "Mijn account": one's roles, password and personal access tokens. */
@Controller
class AccountController {

    private final AccessGuard guard;
    private final FormErrors formErrors;
    private final AccountService accounts;
    private final TokenService tokens;
    private final Clock clock;
    private final SecondFactorService secondFactors;

    AccountController(AccessGuard guard, FormErrors formErrors, AccountService accounts, TokenService tokens, Clock clock,
                      SecondFactorService secondFactors) {
        this.secondFactors = secondFactors;
        this.guard = guard;
        this.formErrors = formErrors;
        this.accounts = accounts;
        this.tokens = tokens;
        this.clock = clock;
    }

    @GetMapping("/mijn-account")
    String account(Model model) {
        CurrentUser user = guard.requireSignedIn();
        return accountPage(user, model, NewTokenForm.empty());
    }

    @GetMapping(PasswordChangeInterceptor.CHANGE_PATH)
    String passwordForm(Model model) {
        guard.requireSignedIn();
        model.addAttribute("form", PasswordChangeForm.empty());
        model.addAttribute("forced", guard.mustChangePassword());
        return "access/password";
    }

    @PostMapping(PasswordChangeInterceptor.CHANGE_PATH)
    String changePassword(@Valid @ModelAttribute("form") PasswordChangeForm form, BindingResult errors, Model model,
                          RedirectAttributes redirect) {
        CurrentUser user = guard.requireSignedIn();
        if (!errors.hasErrors()) {
            try {
                accounts.changePassword(user.id(), form);
                redirect.addFlashAttribute("notice", "account.password.changed");
                return "redirect:/mijn-account";
            } catch (RuleViolation violation) {
                FormErrors.reject(errors, violation, "");
            }
        }
        model.addAttribute("forced", guard.mustChangePassword());
        return "access/password";
    }

    @PostMapping("/mijn-account/tokens")
    String createToken(@Valid @ModelAttribute("tokenForm") NewTokenForm form, BindingResult binding, Model model) {
        CurrentUser user = guard.requireSignedIn();
        BindingResult errors = formErrors.attach(model, "tokenForm", form, binding);
        if (!errors.hasErrors()) {
            try {
                TokenService.IssuedToken issued = tokens.issue(user.id(), form.name(), form.validityDays());
                model.addAttribute("issuedToken", issued.secret());
                return accountPage(user, model, NewTokenForm.empty());
            } catch (RuleViolation violation) {
                FormErrors.reject(errors, violation, "");
            }
        }
        return accountPage(user, model, form);
    }

    @PostMapping("/mijn-account/tokens/{tokenId}/intrekken")
    String revokeToken(@PathVariable UUID tokenId, RedirectAttributes redirect) {
        CurrentUser user = guard.requireSignedIn();
        boolean revoked = tokens.revoke(user.id(), tokenId);
        redirect.addFlashAttribute("notice", revoked ? "account.token.revoked" : "account.token.notFound");
        return "redirect:/mijn-account";
    }

    /** Staff other than ADMIN may switch their second factor off again; for ADMIN it is required. */
    @PostMapping("/mijn-account/tweede-factor/uitzetten")
    String switchOffSecondFactor(RedirectAttributes redirect) {
        CurrentUser user = guard.requireSignedIn();
        if (user.hasRole(Role.ADMIN)) {
            redirect.addFlashAttribute("notice", "secondFactor.requiredForAdmin");
        } else {
            secondFactors.reset(user.id());
            redirect.addFlashAttribute("notice", "secondFactor.switchedOff");
        }
        return "redirect:/mijn-account";
    }

    private String accountPage(CurrentUser user, Model model, NewTokenForm tokenForm) {
        model.addAttribute("user", user);
        model.addAttribute("tokens", tokens.of(user.id()));
        model.addAttribute("secondFactor", secondFactors.isEnrolled(user.id()));
        model.addAttribute("recoveryCodesLeft", secondFactors.recoveryCodesLeft(user.id()));
        model.addAttribute("staff", SecondFactorService.offeredTo(user));
        model.addAttribute("now", clock.instant());
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", tokenForm);
        }
        return "access/account";
    }
}
