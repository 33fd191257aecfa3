package nl.opstap.access;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.opstap.organisation.Municipalities;
import nl.opstap.shared.domain.Paging;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.shared.domain.StaleVersionException;
import nl.opstap.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Users and their roles, managed by ADMIN for their own municipalities. */
@Controller
class UserAdminController {

    private final AccessGuard guard;
    private final FormErrors formErrors;
    private final UserAdministration administration;
    private final Municipalities municipalities;
    private final java.time.Clock clock;

    UserAdminController(AccessGuard guard, FormErrors formErrors, UserAdministration administration, Municipalities municipalities,
                        java.time.Clock clock) {
        this.guard = guard;
        this.formErrors = formErrors;
        this.administration = administration;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    @GetMapping("/beheer/gebruikers")
    String list(@RequestParam(name = "zoek", required = false) String text,
                @RequestParam(name = "pagina", required = false) Integer page, Model model) {
        Access admin = guard.require(Permission.USER_ADMIN);
        model.addAttribute("users", administration.search(admin, text, Paging.of(page, null)));
        model.addAttribute("zoek", text == null ? "" : text);
        model.addAttribute("pageParameters", java.util.Map.of("zoek", text == null ? "" : text));
        model.addAttribute("now", clock.instant());
        return "access/users";
    }

    @GetMapping("/beheer/gebruikers/nieuw")
    String newUser(Model model) {
        Access admin = guard.require(Permission.USER_ADMIN);
        return form(admin, UserForm.empty(), null, model);
    }

    @PostMapping("/beheer/gebruikers")
    String create(@Valid @ModelAttribute("form") UserForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        Access admin = guard.require(Permission.USER_ADMIN);
        errors = formErrors.attach(model, "form", form, errors);
        if (!errors.hasErrors()) {
            try {
                UserId id = administration.create(admin, form);
                redirect.addFlashAttribute("notice", "users.created");
                return "redirect:/beheer/gebruikers/" + id;
            } catch (RuleViolation violation) {
                FormErrors.reject(errors, violation, "");
            }
        }
        return form(admin, form, null, model);
    }

    @GetMapping("/beheer/gebruikers/{id}")
    String edit(@PathVariable UUID id, Model model) {
        Access admin = guard.require(Permission.USER_ADMIN);
        UserAccount account = administration.get(admin, new UserId(id));
        UserForm form = new UserForm(account.username(), account.displayName(), account.email() == null ? "" : account.email(),
                account.economicAffairs(), RoleGrid.cells(account.grants()), "", account.version(), account.employerId());
        return form(admin, form, account, model);
    }

    @PostMapping("/beheer/gebruikers/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") UserForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        Access admin = guard.require(Permission.USER_ADMIN);
        UserAccount account = administration.get(admin, new UserId(id));
        errors = formErrors.attach(model, "form", form, errors);
        if (!errors.hasErrors()) {
            try {
                administration.update(admin, account.id(), form);
                redirect.addFlashAttribute("notice", "users.saved");
                return "redirect:/beheer/gebruikers/" + id;
            } catch (RuleViolation violation) {
                FormErrors.reject(errors, violation, "");
            } catch (StaleVersionException stale) {
                model.addAttribute("stale", true);
                account = administration.get(admin, account.id());
                // Saving again is now a conscious overwrite of the colleague's change.
                form = new UserForm(form.username(), form.displayName(), form.email(), form.economicAffairs(),
                        form.grants(), "", account.version(), form.employerId());
            }
        }
        return form(admin, form, account, model);
    }

    @PostMapping("/beheer/gebruikers/{id}/ontgrendelen")
    String unlock(@PathVariable UUID id, RedirectAttributes redirect) {
        Access admin = guard.require(Permission.USER_ADMIN);
        administration.unlock(admin, new UserId(id));
        redirect.addFlashAttribute("notice", "users.unlocked");
        return "redirect:/beheer/gebruikers/" + id;
    }

    @PostMapping("/beheer/gebruikers/{id}/blokkeren")
    String disable(@PathVariable UUID id, RedirectAttributes redirect) {
        return setEnabled(id, false, redirect);
    }

    @PostMapping("/beheer/gebruikers/{id}/activeren")
    String enable(@PathVariable UUID id, RedirectAttributes redirect) {
        return setEnabled(id, true, redirect);
    }

    @PostMapping("/beheer/gebruikers/{id}/wachtwoord")
    String resetPassword(@PathVariable UUID id, @RequestParam(name = "temporaryPassword", defaultValue = "") String password,
                         RedirectAttributes redirect) {
        Access admin = guard.require(Permission.USER_ADMIN);
        try {
            administration.resetPassword(admin, new UserId(id), password);
            redirect.addFlashAttribute("notice", "users.passwordReset");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("passwordError", violation.getMessage());
        }
        return "redirect:/beheer/gebruikers/" + id;
    }

    @PostMapping("/beheer/gebruikers/{id}/tweede-factor/herstellen")
    String resetSecondFactor(@PathVariable UUID id, RedirectAttributes redirect) {
        Access admin = guard.require(Permission.USER_ADMIN);
        administration.resetSecondFactor(admin, new UserId(id));
        redirect.addFlashAttribute("notice", "users.secondFactorReset");
        return "redirect:/beheer/gebruikers/" + id;
    }

    private String setEnabled(UUID id, boolean enabled, RedirectAttributes redirect) {
        Access admin = guard.require(Permission.USER_ADMIN);
        try {
            administration.setEnabled(admin, new UserId(id), enabled);
            redirect.addFlashAttribute("notice", enabled ? "users.enabled" : "users.disabled");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("error", violation.getMessage());
        }
        return "redirect:/beheer/gebruikers/" + id;
    }

    private String form(Access admin, UserForm form, UserAccount account, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("account", account);
        model.addAttribute("locked", account != null && account.isLocked(clock.instant()));
        model.addAttribute("secondFactor", account != null && administration.hasSecondFactor(account));
        model.addAttribute("municipalities", municipalities.of(admin.scope().municipalities()));
        model.addAttribute("roles", staffRoles());
        model.addAttribute("employers", administration.employerOptions(admin));
        return "access/user-form";
    }

    private static List<Role> staffRoles() {
        return Arrays.stream(Role.values()).filter(Role::isStaffRole).toList();
    }
}
