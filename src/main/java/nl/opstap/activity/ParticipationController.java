package nl.opstap.activity;

import jakarta.validation.Valid;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.audit.ProcessingAction;
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

/** The tab "Activiteiten" of a client's file: participations, enrolling and ending them. */
@Controller
class ParticipationController {

    static final String TAB = "activiteiten";

    private final AccessGuard guard;
    private final ParticipationService service;
    private final ClientFile file;
    private final FormErrors formErrors;

    ParticipationController(AccessGuard guard, ParticipationService service, ClientFile file, FormErrors formErrors) {
        this.guard = guard;
        this.service = service;
        this.file = file;
        this.formErrors = formErrors;
    }

    @GetMapping("/werkzoekenden/{id}/activiteiten")
    String show(@PathVariable UUID id, Model model) {
        Access access = guard.require(Permission.CLIENT_READ);
        ClientRef ref = service.client(access, new ClientId(id), ProcessingAction.READ);
        model.addAttribute("enrolment", Enrolment.empty(service.today()));
        model.addAttribute("ending", EndForm.empty(service.today()));
        return page(access, ref, model);
    }

    @PostMapping("/werkzoekenden/{id}/activiteiten")
    String enrol(@PathVariable UUID id, @Valid @ModelAttribute("enrolment") Enrolment enrolment, BindingResult errors, Model model,
                 RedirectAttributes redirect) {
        Access access = guard.require(Permission.CLIENT_WRITE);
        ClientRef ref = service.client(access, new ClientId(id), ProcessingAction.CREATE);
        errors = formErrors.attach(model, "enrolment", enrolment, errors);
        if (!errors.hasErrors()) {
            try {
                service.enrol(access, ref.id(), enrolment);
                redirect.addFlashAttribute("notice", "participation.enrolled");
                return "redirect:/werkzoekenden/" + id + "/" + TAB;
            } catch (RuleViolation violation) {
                FormErrors.reject(errors, violation, "");
            }
        }
        model.addAttribute("ending", EndForm.empty(service.today()));
        return page(guard.require(Permission.CLIENT_READ), ref, model);
    }

    @PostMapping("/werkzoekenden/{id}/activiteiten/afronden")
    String end(@PathVariable UUID id, @Valid @ModelAttribute("ending") EndForm ending, BindingResult errors, Model model,
               RedirectAttributes redirect) {
        Access access = guard.require(Permission.CLIENT_WRITE);
        ClientRef ref = service.client(access, new ClientId(id), ProcessingAction.UPDATE);
        errors = formErrors.attach(model, "ending", ending, errors);
        if (!errors.hasErrors()) {
            try {
                service.end(access, ref.id(), new ParticipationId(ending.participationId()), ending.ending());
                redirect.addFlashAttribute("notice", "participation.ended");
                return "redirect:/werkzoekenden/" + id + "/" + TAB;
            } catch (RuleViolation violation) {
                FormErrors.reject(errors, violation, "");
            }
        }
        model.addAttribute("enrolment", Enrolment.empty(service.today()));
        return page(guard.require(Permission.CLIENT_READ), ref, model);
    }

    @PostMapping("/werkzoekenden/{id}/activiteiten/{participationId}/annuleren")
    String cancel(@PathVariable UUID id, @PathVariable UUID participationId, RedirectAttributes redirect) {
        Access access = guard.require(Permission.CLIENT_WRITE);
        try {
            service.cancel(access, new ClientId(id), new ParticipationId(participationId));
            redirect.addFlashAttribute("notice", "participation.cancelled");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("error", violation.getMessage());
        }
        return "redirect:/werkzoekenden/" + id + "/" + TAB;
    }

    private String page(Access access, ClientRef ref, Model model) {
        var all = service.of(access, ref);
        model.addAttribute("file", file.header(access, ref, TAB));
        model.addAttribute("current", all.stream().filter(p -> !p.isEnded()).toList());
        model.addAttribute("past", all.stream().filter(Participation::isEnded).toList());
        model.addAttribute("today", service.today());
        boolean mayWrite = access.user().scopeFor(Permission.CLIENT_WRITE).contains(ref.municipality());
        model.addAttribute("mayWrite", mayWrite);
        if (mayWrite) {
            model.addAttribute("choices", service.choices(ref));
            model.addAttribute("reasons", service.reasonsFor(ref));
            model.addAttribute("results", ParticipationResult.ENDINGS);
        }
        return "activity/participations";
    }
}
