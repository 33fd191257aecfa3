package nl.opstap.employer;

import jakarta.validation.Valid;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
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

/** Adding, changing and removing an employer's contact persons on screen. */
@Controller
class ContactPersonController {

    private final AccessGuard guard;
    private final EmployerService employers;
    private final ContactPersonService contacts;
    private final FormErrors formErrors;

    ContactPersonController(AccessGuard guard, EmployerService employers, ContactPersonService contacts, FormErrors formErrors) {
        this.guard = guard;
        this.employers = employers;
        this.contacts = contacts;
        this.formErrors = formErrors;
    }

    @GetMapping("/werkgevers/{employerId}/contactpersonen/nieuw")
    String newContact(@PathVariable UUID employerId, Model model) {
        Access access = guard.require(Permission.EMPLOYER_WRITE);
        model.addAttribute("form", ContactForm.empty());
        return page(employers.employer(access, new EmployerId(employerId)), null, 0, model);
    }

    @PostMapping("/werkgevers/{employerId}/contactpersonen")
    String add(@PathVariable UUID employerId, @Valid @ModelAttribute("form") ContactForm form, BindingResult errors,
               Model model, RedirectAttributes redirect) {
        Access access = guard.require(Permission.EMPLOYER_WRITE);
        Employer employer = employers.employer(access, new EmployerId(employerId));
        errors = formErrors.attach(model, "form", form, errors);
        if (errors.hasErrors()) {
            return page(employer, null, 0, model);
        }
        contacts.add(access, employer.id(), form);
        redirect.addFlashAttribute("notice", "employer.contact.saved");
        return "redirect:/werkgevers/" + employer.id();
    }

    @GetMapping("/werkgevers/{employerId}/contactpersonen/{contactId}/wijzigen")
    String edit(@PathVariable UUID employerId, @PathVariable UUID contactId, Model model) {
        Access access = guard.require(Permission.EMPLOYER_WRITE);
        Employer employer = employers.employer(access, new EmployerId(employerId));
        Views.Contact contact = contacts.contact(access, employer.id(), contactId);
        model.addAttribute("form", new ContactForm(contact.name(), contact.role(), contact.phone(), contact.email()));
        return page(employer, contact, contact.version(), model);
    }

    @PostMapping("/werkgevers/{employerId}/contactpersonen/{contactId}")
    String update(@PathVariable UUID employerId, @PathVariable UUID contactId,
                  @RequestParam(name = "version", defaultValue = "-1") int version,
                  @Valid @ModelAttribute("form") ContactForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        Access access = guard.require(Permission.EMPLOYER_WRITE);
        Employer employer = employers.employer(access, new EmployerId(employerId));
        Views.Contact contact = contacts.contact(access, employer.id(), contactId);
        errors = formErrors.attach(model, "form", form, errors);
        if (errors.hasErrors()) {
            return page(employer, contact, version, model);
        }
        contacts.update(access, employer.id(), contactId, version, form);
        redirect.addFlashAttribute("notice", "employer.contact.changed");
        return "redirect:/werkgevers/" + employer.id();
    }

    /** Someone who left: deleted, or kept as inactive when contact moments name them. */
    @PostMapping("/werkgevers/{employerId}/contactpersonen/{contactId}/verwijderen")
    String remove(@PathVariable UUID employerId, @PathVariable UUID contactId,
                  @RequestParam(name = "version", defaultValue = "-1") int version, RedirectAttributes redirect) {
        Access access = guard.require(Permission.EMPLOYER_WRITE);
        Employer employer = employers.employer(access, new EmployerId(employerId));
        var removal = contacts.remove(access, employer.id(), contactId, version);
        redirect.addFlashAttribute("notice", removal == ContactPersonService.Removal.DELETED
                ? "employer.contact.deleted" : "employer.contact.markedInactive");
        return "redirect:/werkgevers/" + employer.id();
    }

    private String page(Employer employer, Views.@Nullable Contact contact, int version, Model model) {
        model.addAttribute("employer", employer);
        model.addAttribute("contact", contact);
        model.addAttribute("version", version);
        return "employer/contact-form";
    }
}
