package nl.opstap.reporting;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.AccessGuard;
import nl.opstap.access.Permission;
import nl.opstap.organisation.Municipalities;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.organisation.OrganisationId;
import nl.opstap.organisation.ServiceOrganisation;
import nl.opstap.shared.domain.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** /rapportages/instellingen: caseload norms, formation items, cost per fte, scenarios and targets (STEERING_ADMIN). */
@Controller
class SteeringSettingsController {

    private static final String PAGE = "/rapportages/instellingen";

    private final AccessGuard guard;
    private final SteeringSettings service;
    private final SteeringSettingsPage page;
    private final Municipalities municipalities;

    SteeringSettingsController(AccessGuard guard, SteeringSettings service, SteeringSettingsPage page, Municipalities municipalities) {
        this.guard = guard;
        this.service = service;
        this.page = page;
        this.municipalities = municipalities;
    }

    @GetMapping(PAGE)
    String show(@RequestParam(name = "organisatie", required = false) @Nullable String organisation, Model model) {
        Access access = guard.require(Permission.STEERING_ADMIN);
        return page.fill(access, organisation, model, Map.of(), Map.of());
    }

    @PostMapping(PAGE + "/{what}")
    String save(@PathVariable String what, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        Access access = guard.require(Permission.STEERING_ADMIN);
        OrganisationId organisation = organisationOf(access, form.get("organisatie"));
        try {
            switch (what) {
                case "norm" -> service.recordNorm(access, organisation, form.getOrDefault("perspectief", ""),
                        Amounts.parse(form.get("norm"), "norm", "de caseloadnorm"), Amounts.date(form.get("normVanaf"), "normVanaf"));
                case "onderdeel" -> service.recordItem(access, organisation, form.getOrDefault("naam", ""),
                        Amounts.parse(form.get("fte"), "fte", "het aantal fte"), Amounts.date(form.get("onderdeelVanaf"), "onderdeelVanaf"));
                case "kosten" -> service.recordCostPerFte(access, organisation, Amounts.parse(form.get("kosten"), "kosten",
                        "de kosten per fte"), Amounts.date(form.get("kostenVanaf"), "kostenVanaf"));
                case "scenario" -> service.addScenario(access, organisation, form.getOrDefault("scenarioNaam", ""), lines(form));
                case "doel" -> service.setTarget(access, organisation, municipality(form.get("doelGemeente")), form.getOrDefault("doelSoort", ""),
                        Amounts.whole(form.get("doelVan"), "doelVan", "het eerste jaar"),
                        Amounts.whole(form.getOrDefault("doelTot", form.get("doelVan")), "doelTot", "het laatste jaar"),
                        Amounts.whole(form.get("doelAantal"), "doelAantal", "het doel"));
                default -> throw new nl.opstap.shared.domain.NotFoundException("Instelling");
            }
        } catch (RuleViolation violation) {
            Map<String, String> problems = new HashMap<>();
            violation.violations().forEach(v -> problems.merge(SteeringSettingsPage.fieldOf(what, v.field()), v.message(),
                    (a, b) -> a + " " + b));
            return page.fill(access, organisation.value().toString(), model, problems, form);
        }
        redirect.addFlashAttribute("notice", "Opgeslagen.");
        return "redirect:" + PAGE + "?organisatie=" + organisation.value();
    }

    @PostMapping(PAGE + "/{what}/{id}/verwijderen")
    String remove(@PathVariable String what, @PathVariable UUID id, @RequestParam(name = "organisatie") String organisation,
                  RedirectAttributes redirect) {
        Access access = guard.require(Permission.STEERING_ADMIN);
        OrganisationId org = organisationOf(access, organisation);
        if ("scenario".equals(what)) {
            service.removeScenario(access, org, id);
        } else {
            service.removeTarget(access, org, id);
        }
        redirect.addFlashAttribute("notice", "Verwijderd.");
        return "redirect:" + PAGE + "?organisatie=" + org.value();
    }

    private OrganisationId organisationOf(Access access, @Nullable String id) {
        List<ServiceOrganisation> mine = page.organisations(access);
        if (id == null || id.isBlank()) {
            return mine.getFirst().id();
        }
        return mine.stream().filter(o -> o.id().value().toString().equals(id.strip())).findFirst()
                .orElseThrow(() -> new nl.opstap.shared.domain.NotFoundException("Organisatie")).id();
    }

    private @Nullable MunicipalityCode municipality(@Nullable String code) {
        return code == null || code.isBlank() || !MunicipalityCode.isValid(code) ? null : new MunicipalityCode(code);
    }

    private static Map<String, BigDecimal> lines(Map<String, String> form) {
        Map<String, BigDecimal> lines = new LinkedHashMap<>();
        for (int i = 1; i <= 5; i++) {
            String label = form.getOrDefault("regel" + i, "").strip();
            String amount = form.getOrDefault("bedrag" + i, "");
            if (!label.isEmpty() || !amount.isBlank()) {
                if (label.isEmpty()) {
                    throw RuleViolation.of(null, "regel" + i, "required", "Geef regel " + i + " een omschrijving.");
                }
                lines.put(label, Amounts.parse(amount, "bedrag" + i, "het bedrag van regel " + i));
            }
        }
        return lines;
    }
}
