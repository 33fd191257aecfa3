package nl.opstap.employer;

import jakarta.validation.Valid;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.shared.web.FormErrors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The account manager's worklist and the agreements (convenanten). */
@Controller
class CrmController {

    private final AccessGuard guard;
    private final EmployerService service;
    private final EmployerWork work;
    private final FormErrors formErrors;

    CrmController(AccessGuard guard, EmployerService service, EmployerWork work, FormErrors formErrors) {
        this.guard = guard;
        this.service = service;
        this.work = work;
        this.formErrors = formErrors;
    }

    @GetMapping("/werkgevers/werklijst")
    String worklist(@RequestParam(name = "maanden", required = false) @Nullable Integer months, Model model) {
        Access access = guard.require(Permission.EMPLOYER_READ);
        Integer valid = months != null && months >= 1 && months <= 120 ? months : null;
        model.addAttribute("worklist", work.worklist(access, valid));
        model.addAttribute("invalidMonths", months != null && valid == null);
        return "employer/worklist";
    }

    @GetMapping("/convenanten")
    String agreements(Model model) {
        Access access = guard.require(Permission.EMPLOYER_READ);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", AgreementForm.empty());
        }
        return agreementsPage(access, model);
    }

    @PostMapping("/convenanten")
    String addAgreement(@RequestParam(name = "organisatie", required = false) @Nullable UUID organisation,
                        @Valid @ModelAttribute("form") AgreementForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        Access access = guard.require(Permission.EMPLOYER_WRITE);
        errors = formErrors.attach(model, "form", form, errors);
        if (!errors.hasErrors()) {
            try {
                work.addAgreement(access, organisation, form);
                redirect.addFlashAttribute("notice", "agreement.saved");
                return "redirect:/convenanten";
            } catch (RuleViolation violation) {
                FormErrors.reject(errors, violation, "");
            }
        }
        return agreementsPage(guard.require(Permission.EMPLOYER_READ), model);
    }

    private String agreementsPage(Access access, Model model) {
        model.addAttribute("agreements", work.agreements(access));
        model.addAttribute("today", service.today());
        model.addAttribute("kinds", PartnerKind.values());
        Access write = access.user().scopeFor(Permission.EMPLOYER_WRITE).isEmpty() ? null : guard.require(Permission.EMPLOYER_WRITE);
        model.addAttribute("writeOrganisations", write == null ? java.util.List.of() : work.organisations(write));
        return "employer/agreements";
    }
}
