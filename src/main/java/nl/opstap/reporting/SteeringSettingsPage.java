package nl.opstap.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.opstap.access.Access;
import nl.opstap.organisation.Municipalities;
import nl.opstap.organisation.ServiceOrganisation;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The model of the settings page: what holds today, the history, scenarios and targets of one organisation. */
@Component
class SteeringSettingsPage {

    private static final Map<String, String> FIELDS = Map.of("norm.code", "perspectief", "norm.amount", "norm", "onderdeel.code", "naam",
            "onderdeel.amount", "fte", "kosten.amount", "kosten", "scenario.name", "scenarioNaam", "scenario.lines", "regel1",
            "doel.indicator", "doelSoort", "doel.municipality", "doelGemeente", "doel.yearFrom", "doelVan");

    private final Municipalities municipalities;
    private final FormationSettings settings;
    private final BudgetScenarios scenarios;
    private final SteeringTargets targets;
    private final Tables tables;
    private final Clock clock;

    SteeringSettingsPage(Municipalities municipalities, FormationSettings settings, BudgetScenarios scenarios, SteeringTargets targets,
                         Tables tables, Clock clock) {
        this.municipalities = municipalities;
        this.settings = settings;
        this.scenarios = scenarios;
        this.targets = targets;
        this.tables = tables;
        this.clock = clock;
    }

    /** The form field a rule's field belongs to, so its message stands next to that field. */
    static String fieldOf(String form, String field) {
        return FIELDS.getOrDefault(form + "." + field, field.isEmpty() ? form : field);
    }

    List<ServiceOrganisation> organisations(Access access) {
        return municipalities.organisations().stream()
                .filter(o -> o.municipalities().stream().anyMatch(m -> access.scope().contains(m.code()))).toList();
    }

    String fill(Access access, @Nullable String organisationId, Model model, Map<String, String> problems, Map<String, String> values) {
        List<ServiceOrganisation> mine = organisations(access);
        ServiceOrganisation chosen = mine.stream().filter(o -> o.id().value().toString().equals(organisationId)).findFirst()
                .orElse(mine.getFirst());
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("organisations", mine);
        model.addAttribute("organisation", chosen);
        model.addAttribute("today", today);
        model.addAttribute("held", settings.heldOn(chosen.id(), today));
        model.addAttribute("history", settings.history(chosen.id()));
        model.addAttribute("scenarios", scenarios.of(chosen.id()));
        model.addAttribute("targets", targets.of(chosen.id()));
        model.addAttribute("perspectives", Indicators.PERSPECTIVE.categories().stream()
                .map(p -> Map.entry(p, tables.label(Indicators.PERSPECTIVE, p))).toList());
        model.addAttribute("targetKinds", List.of(TargetIndicator.values()));
        model.addAttribute("problems", problems);
        model.addAttribute("values", values);
        return "reporting/settings";
    }
}
