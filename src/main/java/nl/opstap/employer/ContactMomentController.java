package nl.opstap.employer;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.client.ClientRef;
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

/**
 * Recording and changing contact moments on screen, with the client picker for a mediation: typing a name asks
 * {@code /werkzoekenden/suggesties} (htmx); without JavaScript the "Zoeken" button posts the form back with
 * {@code actie=zoeken}, which shows the matches and keeps everything typed, saving nothing.
 */
@Controller
class ContactMomentController {

    private static final String SEARCH = "actie=zoeken";

    private final AccessGuard guard;
    private final EmployerService employers;
    private final ContactMomentService moments;
    private final ContactPersonService contacts;
    private final FormErrors formErrors;

    ContactMomentController(AccessGuard guard, EmployerService employers, ContactMomentService moments, ContactPersonService contacts,
                            FormErrors formErrors) {
        this.guard = guard;
        this.employers = employers;
        this.moments = moments;
        this.contacts = contacts;
        this.formErrors = formErrors;
    }

    @GetMapping("/werkgevers/{employerId}/contactmomenten/nieuw")
    String newMoment(@PathVariable UUID employerId, Model model) {
        Access access = guard.require(Permission.EMPLOYER_WRITE);
        Employer employer = employers.employer(access, new EmployerId(employerId));
        model.addAttribute("form", ContactMomentForm.empty(employers.today()));
        return page(access, employer, null, 0, "", model);
    }

    @PostMapping("/werkgevers/{employerId}/contactmomenten")
    String add(@PathVariable UUID employerId, @Valid @ModelAttribute("form") ContactMomentForm form, BindingResult errors,
               Model model, RedirectAttributes redirect) {
        Access access = guard.require(Permission.EMPLOYER_WRITE);
        Employer employer = employers.employer(access, new EmployerId(employerId));
        errors = formErrors.attach(model, "form", form, errors);
        if (!errors.hasErrors()) {
            try {
                moments.add(access, employer.id(), form);
                redirect.addFlashAttribute("notice", "employer.moment.saved");
                return "redirect:/werkgevers/" + employer.id();
            } catch (RuleViolation violation) {
                FormErrors.reject(errors, violation, "");
            }
        }
        return page(access, employer, null, 0, "", model);
    }

    @PostMapping(path = "/werkgevers/{employerId}/contactmomenten", params = SEARCH)
    String searchForNew(@PathVariable UUID employerId, @ModelAttribute("form") ContactMomentForm form, BindingResult errors,
                        @RequestParam(name = "werkzoekendeZoek", defaultValue = "") String query, Model model) {
        Access access = guard.require(Permission.EMPLOYER_WRITE);
        formErrors.attach(model, "form", form, errors);
        return page(access, employers.employer(access, new EmployerId(employerId)), null, 0, query, model);
    }

    @GetMapping("/werkgevers/{employerId}/contactmomenten/{momentId}/wijzigen")
    String edit(@PathVariable UUID employerId, @PathVariable UUID momentId, Model model) {
        Access access = guard.require(Permission.EMPLOYER_WRITE);
        Employer employer = employers.employer(access, new EmployerId(employerId));
        Views.Moment moment = moments.moment(access, employer.id(), momentId);
        model.addAttribute("form", ContactMomentForm.of(moment));
        return page(access, employer, moment, moment.version(), "", model);
    }

    @PostMapping("/werkgevers/{employerId}/contactmomenten/{momentId}")
    String update(@PathVariable UUID employerId, @PathVariable UUID momentId, @RequestParam(name = "version", defaultValue = "-1") int version,
                  @Valid @ModelAttribute("form") ContactMomentForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        Access access = guard.require(Permission.EMPLOYER_WRITE);
        Employer employer = employers.employer(access, new EmployerId(employerId));
        Views.Moment moment = moments.moment(access, employer.id(), momentId);
        errors = formErrors.attach(model, "form", form, errors);
        if (!errors.hasErrors()) {
            try {
                moments.update(access, employer.id(), momentId, version, form);
                redirect.addFlashAttribute("notice", "employer.moment.changed");
                return "redirect:/werkgevers/" + employer.id();
            } catch (RuleViolation violation) {
                FormErrors.reject(errors, violation, "");
            }
        }
        return page(access, employer, moment, version, "", model);
    }

    @PostMapping(path = "/werkgevers/{employerId}/contactmomenten/{momentId}", params = SEARCH)
    String searchForEdit(@PathVariable UUID employerId, @PathVariable UUID momentId,
                         @RequestParam(name = "version", defaultValue = "-1") int version, @ModelAttribute("form") ContactMomentForm form,
                         BindingResult errors, @RequestParam(name = "werkzoekendeZoek", defaultValue = "") String query, Model model) {
        Access access = guard.require(Permission.EMPLOYER_WRITE);
        formErrors.attach(model, "form", form, errors);
        Employer employer = employers.employer(access, new EmployerId(employerId));
        return page(access, employer, moments.moment(access, employer.id(), momentId), version, query, model);
    }

    /** The picker's matches as radio buttons (htmx); {@code gekozen} is the client already shown as chosen, left out. */
    @GetMapping("/werkgevers/{employerId}/werkzoekenden/suggesties")
    String suggestions(@PathVariable UUID employerId, @RequestParam(name = "werkzoekendeZoek", defaultValue = "") String query,
                       @RequestParam(name = "gekozen", required = false) @Nullable UUID chosen, Model model) {
        Access access = guard.require(Permission.EMPLOYER_WRITE);
        model.addAttribute("zoek", query);
        model.addAttribute("hits", hits(access, new EmployerId(employerId), query, chosen));
        return "employer/client-picker :: suggestions";
    }

    private String page(Access access, Employer employer, Views.@Nullable Moment moment, int version, String query, Model model) {
        ContactMomentForm form = (ContactMomentForm) Objects.requireNonNull(model.getAttribute("form"));
        UUID chosen = form.mediationClient();
        model.addAttribute("employer", employer);
        model.addAttribute("moment", moment);
        model.addAttribute("version", version);
        model.addAttribute("channels", ContactChannel.values());
        model.addAttribute("contacts", contacts.contacts(access, employer).stream()
                .filter(c -> c.active() || c.id().equals(form.contact()) || moment != null && c.id().equals(moment.contact())).toList());
        model.addAttribute("mayLinkClients", MediationDisclosure.mayShowClient(access, employer.municipality()));
        model.addAttribute("chosenName", chosen == null ? null : moments.linkedNames(access, employer, List.of(chosen)).get(chosen));
        model.addAttribute("zoek", query);
        model.addAttribute("hits", query.isBlank() ? List.of() : hits(access, employer.id(), query, chosen));
        model.addAttribute("action", "/werkgevers/" + employer.id() + "/contactmomenten" + (moment == null ? "" : "/" + moment.id()));
        return "employer/moment-form";
    }

    private List<ClientRef> hits(Access access, EmployerId employer, String query, @Nullable UUID chosen) {
        List<ClientRef> hits = new ArrayList<>(moments.clientSuggestions(access, employer, query));
        hits.removeIf(h -> h.id().value().equals(chosen));
        return hits;
    }
}
