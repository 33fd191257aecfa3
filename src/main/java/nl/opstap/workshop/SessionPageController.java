package nl.opstap.workshop;

import jakarta.validation.Valid;
import java.util.List;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A session's page: its details, the proposed candidates (for users who may read the clients), proposing one and the outcome. */
@Controller
class SessionPageController {

    private final AccessGuard guard;
    private final SessionService service;
    private final WorkshopChecks checks;
    private final CandidateClients clients;
    private final FormErrors formErrors;

    SessionPageController(AccessGuard guard, SessionService service, WorkshopChecks checks, CandidateClients clients, FormErrors formErrors) {
        this.guard = guard;
        this.service = service;
        this.checks = checks;
        this.clients = clients;
        this.formErrors = formErrors;
    }

    @GetMapping("/uitzendsessies/{sessionId}")
    String show(@PathVariable UUID sessionId, @RequestParam(name = "kandidaatZoek", required = false) @Nullable String search, Model model) {
        Access access = guard.require(Permission.EMPLOYER_READ);
        Session session = service.session(access, new SessionId(sessionId));
        model.addAttribute("candidateForm", new SessionCandidateForm(null));
        return page(access, session, search, model);
    }

    @PostMapping("/uitzendsessies/{sessionId}/kandidaten")
    String propose(@PathVariable UUID sessionId, @Valid @ModelAttribute("candidateForm") SessionCandidateForm form, BindingResult errors,
                   Model model, RedirectAttributes redirect) {
        Access access = guard.require(Permission.EMPLOYER_WRITE);
        Session session = service.session(access, new SessionId(sessionId));
        errors = formErrors.attach(model, "candidateForm", form, errors);
        if (!errors.hasErrors()) {
            try {
                service.propose(access, session.id(), form);
                redirect.addFlashAttribute("notice", "session.candidate.saved");
                return "redirect:/uitzendsessies/" + session.id() + "#kandidaten";
            } catch (RuleViolation violation) {
                FormErrors.reject(errors, violation, "");
            }
        }
        return page(guard.require(Permission.EMPLOYER_READ), session, null, model);
    }

    @PostMapping("/uitzendsessies/{sessionId}/uitkomst")
    String outcome(@PathVariable UUID sessionId, @Valid @ModelAttribute("outcomeForm") OutcomeForm form, BindingResult errors, Model model,
                   RedirectAttributes redirect) {
        Access access = guard.require(Permission.EMPLOYER_WRITE);
        Session session = service.session(access, new SessionId(sessionId));
        errors = formErrors.attach(model, "outcomeForm", form, errors);
        if (!errors.hasErrors()) {
            try {
                service.recordOutcome(access, session.id(), form);
                redirect.addFlashAttribute("notice", "session.outcome.saved");
                return "redirect:/uitzendsessies/" + session.id() + "#uitkomst";
            } catch (RuleViolation violation) {
                FormErrors.reject(errors, violation, "");
            }
        }
        model.addAttribute("candidateForm", new SessionCandidateForm(null));
        return page(guard.require(Permission.EMPLOYER_READ), session, null, model);
    }

    /** Clients of the session's municipality to propose, as radio buttons (htmx). */
    @GetMapping("/uitzendsessies/{sessionId}/kandidaat-suggesties")
    String suggestions(@PathVariable UUID sessionId, @RequestParam(name = "kandidaatZoek", required = false) @Nullable String search,
                       Model model) {
        Access access = guard.require(Permission.EMPLOYER_WRITE);
        Session session = service.session(access, new SessionId(sessionId));
        Access clientAccess = CandidateClients.requireClientAccess(access, session.municipality());
        model.addAttribute("kandidaatZoek", search);
        model.addAttribute("clientHits", search == null ? List.of() : clients.search(clientAccess, search, session.municipality()));
        return "workshop/pickers :: clients";
    }

    private String page(Access access, Session session, @Nullable String search, Model model) {
        boolean mayReadClients = CandidateClients.clientAccess(access, session.municipality()).isPresent();
        boolean canWrite = access.user().scopeFor(Permission.EMPLOYER_WRITE).contains(session.municipality());
        List<SessionService.Shown> candidates = service.candidates(access, session);
        model.addAttribute("agencySession", session);
        model.addAttribute("dateShown", session.date().format(nl.opstap.shared.web.Formats.DATE));
        model.addAttribute("agency", checks.employerNames(access, List.of(session.agency())).get(session.agency()));
        model.addAttribute("municipalityName", checks.municipalityName(session.municipality()));
        model.addAttribute("canWrite", canWrite);
        model.addAttribute("mayReadClients", mayReadClients);
        model.addAttribute("candidates", candidates);
        model.addAttribute("outcomes", AgencyOutcome.values());
        model.addAttribute("outcomeAllowed", session.outcomeAllowedOn(service.today()));
        if (!model.containsAttribute("outcomeForm")) {
            model.addAttribute("outcomeForm", new OutcomeForm(session.outcomeNote(), candidates.stream()
                    .map(c -> new OutcomeForm.CandidateOutcome(c.candidate().client().value(), c.candidate().outcome())).toList()));
        }
        model.addAttribute("kandidaatZoek", search);
        model.addAttribute("clientHits", canWrite && mayReadClients && search != null
                ? clients.search(CandidateClients.requireClientAccess(access, session.municipality()), search, session.municipality()) : List.of());
        return "workshop/session";
    }
}
