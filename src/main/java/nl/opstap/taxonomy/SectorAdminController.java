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

/** The sector list of the administrator's own organisation(s): add, rename, (de)activate. */
@Controller
class SectorAdminController {

    private final AccessGuard guard;
    private final FormErrors formErrors;
    private final Sectors sectors;
    private final Municipalities municipalities;

    SectorAdminController(AccessGuard guard, FormErrors formErrors, Sectors sectors, Municipalities municipalities) {
        this.guard = guard;
        this.formErrors = formErrors;
        this.sectors = sectors;
        this.municipalities = municipalities;
    }

    @GetMapping("/beheer/sectoren")
    String list(@RequestParam(name = "organisatie", required = false) @Nullable UUID organisation, Model model) {
        Access admin = guard.require(Permission.CATALOGUE_ADMIN);
        return page(admin, chosen(admin, organisation), new SectorForm(""), model);
    }

    @PostMapping("/beheer/sectoren")
    String add(@RequestParam(name = "organisatie") UUID organisation, @Valid @ModelAttribute("form") SectorForm form,
               BindingResult errors, Model model, RedirectAttributes redirect) {
        Access admin = guard.require(Permission.CATALOGUE_ADMIN);
        OrganisationId org = chosen(admin, organisation);
        errors = formErrors.attach(model, "form", form, errors);
        if (!errors.hasErrors()) {
            try {
                sectors.add(admin, org, form.name());
                redirect.addFlashAttribute("notice", "sector.added");
                return "redirect:/beheer/sectoren?organisatie=" + org.value();
            } catch (RuleViolation violation) {
                FormErrors.reject(errors, violation, "");
            }
        }
        return page(admin, org, form, model);
    }

    @PostMapping("/beheer/sectoren/{code}/naam")
    String rename(@PathVariable String code, @RequestParam(name = "organisatie") UUID organisation,
                  @RequestParam(name = "name", defaultValue = "") String name, RedirectAttributes redirect) {
        Access admin = guard.require(Permission.CATALOGUE_ADMIN);
        OrganisationId org = chosen(admin, organisation);
        try {
            sectors.rename(admin, org, code, name);
            redirect.addFlashAttribute("notice", "sector.renamed");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("error", violation.getMessage());
        }
        return "redirect:/beheer/sectoren?organisatie=" + org.value();
    }

    @PostMapping("/beheer/sectoren/{code}/status")
    String setActive(@PathVariable String code, @RequestParam(name = "organisatie") UUID organisation,
                     @RequestParam(name = "actief") boolean active, RedirectAttributes redirect) {
        Access admin = guard.require(Permission.CATALOGUE_ADMIN);
        OrganisationId org = chosen(admin, organisation);
        sectors.setActive(admin, org, code, active);
        redirect.addFlashAttribute("notice", active ? "sector.activated" : "sector.deactivated");
        return "redirect:/beheer/sectoren?organisatie=" + org.value();
    }

    private String page(Access admin, OrganisationId org, SectorForm form, Model model) {
        List<ServiceOrganisation> own = managed(admin);
        model.addAttribute("organisations", own);
        model.addAttribute("organisation", own.stream().filter(o -> o.id().equals(org)).findFirst().orElseThrow());
        model.addAttribute("sectors", sectors.of(org));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        return "taxonomy/sectors";
    }

    private List<ServiceOrganisation> managed(Access admin) {
        var ids = sectors.organisationsOf(admin);
        return municipalities.organisations().stream().filter(o -> ids.contains(o.id()))
                .sorted(Comparator.comparing(ServiceOrganisation::name)).toList();
    }

    /** The requested organisation when the administrator manages it; the first of theirs when none is asked. */
    private OrganisationId chosen(Access admin, @Nullable UUID requested) {
        List<ServiceOrganisation> own = managed(admin);
        if (requested == null) {
            return own.stream().findFirst().map(ServiceOrganisation::id).orElseThrow(() -> new NotFoundException("Organisatie"));
        }
        return own.stream().map(ServiceOrganisation::id).filter(id -> id.value().equals(requested)).findFirst()
                .orElseThrow(() -> new NotFoundException("Organisatie"));
    }
}
