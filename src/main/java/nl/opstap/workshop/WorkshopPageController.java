package nl.opstap.workshop;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.client.ClientId;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.shared.web.FormErrors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A workshop's page: its details, its candidates (for users who may read the clients), proposing one and changing a status. */
@Controller
class WorkshopPageController {

    private final AccessGuard guard;
    private final WorkshopService service;
    private final WorkshopChecks checks;
    private final CandidateClients clients;
    private final FormErrors formErrors;
    private final MessageSource messages;

    WorkshopPageController(AccessGuard guard, WorkshopService service, WorkshopChecks checks, CandidateClients clients, FormErrors formErrors,
                           MessageSource messages) {
        this.messages = messages;
        this.guard = guard;
        this.service = service;
        this.checks = checks;
        this.clients = clients;
        this.formErrors = formErrors;
    }

    @GetMapping("/werkplaatsen/{workshopId}")
    String show(@PathVariable UUID workshopId, @RequestParam(name = "kandidaatZoek", required = false) @Nullable String search, Model model) {
        Access access = guard.require(Permission.EMPLOYER_READ);
        Workshop workshop = service.workshop(access, new WorkshopId(workshopId));
        model.addAttribute("candidateForm", CandidateForm.empty(service.today()));
        return page(access, workshop, search, Map.of(), model);
    }

    @PostMapping("/werkplaatsen/{workshopId}/kandidaten")
    String addCandidate(@PathVariable UUID workshopId, @Valid @ModelAttribute("candidateForm") CandidateForm form, BindingResult errors,
                        Model model, RedirectAttributes redirect) {
        Access access = guard.require(Permission.EMPLOYER_WRITE);
        Workshop workshop = service.workshop(access, new WorkshopId(workshopId));
        errors = formErrors.attach(model, "candidateForm", form, errors);
        if (!errors.hasErrors()) {
            try {
                service.addCandidate(access, workshop.id(), form);
                redirect.addFlashAttribute("notice", "workshop.candidate.saved");
                return "redirect:/werkplaatsen/" + workshop.id() + "#kandidaten";
            } catch (RuleViolation violation) {
                FormErrors.reject(errors, violation, "");
            }
        }
        return page(guard.require(Permission.EMPLOYER_READ), workshop, null, Map.of(), model);
    }

    @PostMapping("/werkplaatsen/{workshopId}/kandidaten/{clientId}/status")
    String changeStatus(@PathVariable UUID workshopId, @PathVariable UUID clientId, @Valid @ModelAttribute("statusChange") StatusChange change,
                        BindingResult errors, Model model, RedirectAttributes redirect) {
        Access access = guard.require(Permission.EMPLOYER_WRITE);
        Workshop workshop = service.workshop(access, new WorkshopId(workshopId));
        String problem = errors.hasErrors() ? messageOf(errors) : null;
        if (problem == null) {
            try {
                service.changeStatus(access, workshop.id(), new ClientId(clientId), change);
                redirect.addFlashAttribute("notice", "workshop.candidate.statusSaved");
                return "redirect:/werkplaatsen/" + workshop.id() + "#kandidaten";
            } catch (RuleViolation violation) {
                problem = violation.getMessage();
            }
        }
        model.addAttribute("candidateForm", CandidateForm.empty(service.today()));
        return page(guard.require(Permission.EMPLOYER_READ), workshop, null, Map.of(clientId, problem), model);
    }

    /** Clients of the workshop's municipality to choose a candidate from, as radio buttons (htmx). */
    @GetMapping("/werkplaatsen/{workshopId}/kandidaat-suggesties")
    String suggestions(@PathVariable UUID workshopId, @RequestParam(name = "kandidaatZoek", required = false) @Nullable String search,
                       Model model) {
        Access access = guard.require(Permission.EMPLOYER_WRITE);
        Workshop workshop = service.workshop(access, new WorkshopId(workshopId));
        Access clientAccess = CandidateClients.requireClientAccess(access, workshop.municipality());
        model.addAttribute("kandidaatZoek", search);
        model.addAttribute("clientHits", search == null ? List.of() : clients.search(clientAccess, search, workshop.municipality()));
        return "workshop/pickers :: clients";
    }

    private String page(Access access, Workshop workshop, @Nullable String search, Map<UUID, String> statusErrors, Model model) {
        boolean mayReadClients = CandidateClients.clientAccess(access, workshop.municipality()).isPresent();
        boolean canWrite = access.user().scopeFor(Permission.EMPLOYER_WRITE).contains(workshop.municipality());
        model.addAttribute("workshop", workshop);
        model.addAttribute("partner", checks.employerNames(access, List.of(workshop.partner())).get(workshop.partner()));
        model.addAttribute("sectorName", checks.sectorName(workshop.municipality(), workshop.sector()));
        model.addAttribute("municipalityName", checks.municipalityName(workshop.municipality()));
        model.addAttribute("today", service.today());
        model.addAttribute("canWrite", canWrite);
        model.addAttribute("mayReadClients", mayReadClients);
        model.addAttribute("candidates", service.candidates(access, workshop));
        model.addAttribute("categories", nl.opstap.diagnosis.AssessmentCategory.values());
        model.addAttribute("statusErrors", statusErrors);
        model.addAttribute("kandidaatZoek", search);
        model.addAttribute("clientHits", canWrite && mayReadClients && search != null
                ? clients.search(CandidateClients.requireClientAccess(access, workshop.municipality()), search, workshop.municipality()) : List.of());
        return "workshop/workshop";
    }

    private String messageOf(BindingResult errors) {
        return messages.getMessage(errors.getAllErrors().getFirst(), LocaleContextHolder.getLocale());
    }
}
