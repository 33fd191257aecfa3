package nl.opstap.taxonomy;

import jakarta.validation.Valid;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.organisation.Municipalities;
import nl.opstap.organisation.OrganisationId;
import nl.opstap.organisation.ServiceOrganisation;
import nl.opstap.shared.domain.NotFoundException;
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

/** The competence list of the administrator's own organisation(s): add, rename, (de)activate. */
@Controller
class CompetenceAdminController {

    private static final String PATH = "redirect:/beheer/competenties?organisatie=";

    private final AccessGuard guard;
    private final FormErrors formErrors;
    private final Competences competences;
    private final Municipalities municipalities;

    CompetenceAdminController(AccessGuard guard, FormErrors formErrors, Competences competences, Municipalities municipalities) {
        this.guard = guard;
        this.formErrors = formErrors;
        this.competences = competences;
        this.municipalities = municipalities;
    }

    @GetMapping("/beheer/competenties")
    String list(@RequestParam(name = "organisatie", required = false) @Nullable UUID organisation, Model model) {
        Access admin = guard.require(Permission.CATALOGUE_ADMIN);
        return page(admin, chosen(admin, organisation), new CompetenceForm(null, "", ""), model);
    }

    @PostMapping("/beheer/competenties")
    String add(@RequestParam(name = "organisatie") UUID organisation, @Valid @ModelAttribute("form") CompetenceForm form,
               BindingResult errors, Model model, RedirectAttributes redirect) {
        Access admin = guard.require(Permission.CATALOGUE_ADMIN);
        OrganisationId org = chosen(admin, organisation);
        errors = formErrors.attach(model, "form", form, errors);
        if (!errors.hasErrors() && form.kind() != null) {
            try {
                competences.add(admin, org, form.kind(), form.name(), form.description());
                redirect.addFlashAttribute("notice", "competence.added");
                return PATH + org.value();
            } catch (RuleViolation violation) {
                FormErrors.reject(errors, violation, "");
            }
        }
        return page(admin, org, form, model);
    }

    @PostMapping("/beheer/competenties/{id}/naam")
    String rename(@PathVariable UUID id, @RequestParam(name = "organisatie") UUID organisation,
                  @RequestParam(name = "name", defaultValue = "") String name, RedirectAttributes redirect) {
        Access admin = guard.require(Permission.CATALOGUE_ADMIN);
        OrganisationId org = chosen(admin, organisation);
        try {
            competences.rename(admin, org, id, name);
            redirect.addFlashAttribute("notice", "competence.renamed");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("error", violation.getMessage());
        }
        return PATH + org.value();
    }

    @PostMapping("/beheer/competenties/{id}/status")
    String setActive(@PathVariable UUID id, @RequestParam(name = "organisatie") UUID organisation,
                     @RequestParam(name = "actief") boolean active, RedirectAttributes redirect) {
        Access admin = guard.require(Permission.CATALOGUE_ADMIN);
        OrganisationId org = chosen(admin, organisation);
        competences.setActive(admin, org, id, active);
        redirect.addFlashAttribute("notice", active ? "competence.activated" : "competence.deactivated");
        return PATH + org.value();
    }

    private String page(Access admin, OrganisationId org, CompetenceForm form, Model model) {
        List<ServiceOrganisation> own = managed(admin);
        model.addAttribute("organisations", own);
        model.addAttribute("organisation", own.stream().filter(o -> o.id().equals(org)).findFirst().orElseThrow());
        model.addAttribute("competences", competences.of(org));
        model.addAttribute("kinds", CompetenceKind.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        return "taxonomy/competences";
    }

    private List<ServiceOrganisation> managed(Access admin) {
        var ids = competences.organisationsOf(admin);
        return municipalities.organisations().stream().filter(o -> ids.contains(o.id()))
                .sorted(Comparator.comparing(ServiceOrganisation::name)).toList();
    }

    private OrganisationId chosen(Access admin, @Nullable UUID requested) {
        return managed(admin).stream().map(ServiceOrganisation::id).filter(id -> requested == null || id.value().equals(requested))
                .findFirst().orElseThrow(() -> new NotFoundException("Organisatie"));
    }
}
