package nl.opstap.retention;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.client.ClientId;
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

/** /werkzoekenden/{id}/anonimisering: an administrator anonymises a closed file on the person's request, after confirming. */
@Controller
class ErasureController {

    private final AccessGuard guard;
    private final ErasureService service;
    private final FormErrors formErrors;

    ErasureController(AccessGuard guard, ErasureService service, FormErrors formErrors) {
        this.guard = guard;
        this.service = service;
        this.formErrors = formErrors;
    }

    @GetMapping("/werkzoekenden/{id}/anonimisering")
    String show(@PathVariable UUID id, Model model) {
        Access access = guard.require(Permission.FILE_ERASURE);
        model.addAttribute("form", ErasureForm.empty());
        return page(model, service.file(access, new ClientId(id)));
    }

    @PostMapping("/werkzoekenden/{id}/anonimisering")
    String erase(@PathVariable UUID id, @Valid @ModelAttribute("form") ErasureForm form, BindingResult errors, Model model,
                 RedirectAttributes redirect) {
        Access access = guard.require(Permission.FILE_ERASURE);
        errors = formErrors.attach(model, "form", form, errors);
        if (!errors.hasErrors()) {
            try {
                service.erase(access, new ClientId(id), form);
                redirect.addFlashAttribute("notice", "retention.erased");
                return "redirect:/werkzoekenden/" + id;
            } catch (RuleViolation e) {
                FormErrors.reject(errors, e, "");
            }
        }
        return page(model, service.file(access, new ClientId(id)));
    }

    private String page(Model model, ErasureService.FileView file) {
        model.addAttribute("file", file);
        model.addAttribute("grounds", Arrays.stream(ErasureGround.values()).filter(ErasureGround::onRequest).toList());
        return "retention/erasure";
    }
}
