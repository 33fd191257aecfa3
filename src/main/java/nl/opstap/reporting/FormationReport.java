package nl.opstap.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.opstap.organisation.Municipality;
import nl.opstap.organisation.OrganisationId;
import org.springframework.stereotype.Component;

/**
 * Formation and budget per service organisation on the reference date: fte per perspective from the clients and the
 * caseload norms that held then, the fixed items, the budget at the cost per fte, and the scenarios side by side.
 */
@Component
class FormationReport implements ReportDefinition {

    private final Tables tables;
    private final FormationSettings settings;
    private final BudgetScenarios scenarios;

    FormationReport(Tables tables, FormationSettings settings, BudgetScenarios scenarios) {
        this.tables = tables;
        this.settings = settings;
        this.scenarios = scenarios;
    }

    @Override
    public String key() {
        return "formatie";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public boolean usesPeriod() {
        return false;
    }

    @Override
    public List<ReportTable> tables(ReportRequest request, boolean drillable) {
        Figures perspectives = tables.perspectives(request);
        List<ReportTable> result = new ArrayList<>();
        request.byOrganisation().forEach((organisation, municipalities) -> {
            String name = municipalities.getFirst().organisationName();
            Formation formation = formation(organisation, municipalities, perspectives, request);
            FormationTables layout = new FormationTables(name, request, municipalities, drillable,
                    code -> tables.label(Indicators.PERSPECTIVE, code));
            result.add(layout.formation(formation));
            result.add(layout.budget(formation));
            List<BudgetScenario> made = scenarios.of(organisation);
            if (!made.isEmpty()) {
                result.add(layout.scenarios(made, formation));
            }
        });
        return result;
    }

    Formation formation(OrganisationId organisation, List<Municipality> municipalities, Figures perspectives, ReportRequest request) {
        Map<String, Long> clients = new LinkedHashMap<>();
        List<String> codes = municipalities.stream().map(m -> m.code().value()).toList();
        for (String perspective : Indicators.PERSPECTIVE.categories()) {
            clients.put(perspective, perspectives.total(codes, perspective).count());
        }
        Map<String, BigDecimal> norms = new LinkedHashMap<>();
        Map<String, BigDecimal> items = new LinkedHashMap<>();
        BigDecimal cost = null;
        for (FormationSetting s : settings.heldOn(organisation, request.referenceDate())) {
            switch (s.kind()) {
                case NORM -> norms.put(s.code(), s.amount());
                case ITEM -> items.put(s.code(), s.amount());
                case FTE_COST -> cost = s.amount();
            }
        }
        return Formation.of(Indicators.PERSPECTIVE.categories(), clients, norms, items, cost);
    }
}
