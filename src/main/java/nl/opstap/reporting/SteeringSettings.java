package nl.opstap.reporting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.Permission;
import nl.opstap.organisation.Municipalities;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.organisation.OrganisationId;
import nl.opstap.shared.domain.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steering settings an administrator manages per service organisation (STEERING_ADMIN): caseload norms, formation
 * items and the cost per fte (each from a date, with history), budget scenarios and yearly targets. Public for demo
 * data and imports; every method checks the organisation lies in the caller's scope.
 */
@Service
public class SteeringSettings {

    private final FormationSettings settings;
    private final BudgetScenarios scenarios;
    private final SteeringTargets targets;
    private final Municipalities municipalities;
    private final Clock clock;

    SteeringSettings(FormationSettings settings, BudgetScenarios scenarios, SteeringTargets targets, Municipalities municipalities,
                     Clock clock) {
        this.settings = settings;
        this.scenarios = scenarios;
        this.targets = targets;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    /** Clients per fte for a perspective (code as in Tabel II, e.g. WERK), from a date. */
    @Transactional
    public void recordNorm(Access access, OrganisationId organisation, String perspective, BigDecimal clientsPerFte, LocalDate from) {
        if (!Indicators.PERSPECTIVE.categories().contains(perspective)) {
            throw RuleViolation.of(FormationSetting.class, "code", "unknown", "Kies een perspectief uit Tabel II.");
        }
        record(access, new FormationSetting(organisation, FormationSetting.Kind.NORM, perspective, clientsPerFte, from));
    }

    /** A fixed formation item in fte (0 ends it from that date). */
    @Transactional
    public void recordItem(Access access, OrganisationId organisation, String name, BigDecimal fte, LocalDate from) {
        record(access, new FormationSetting(organisation, FormationSetting.Kind.ITEM, name.strip(), fte, from));
    }

    @Transactional
    public void recordCostPerFte(Access access, OrganisationId organisation, BigDecimal euro, LocalDate from) {
        record(access, new FormationSetting(organisation, FormationSetting.Kind.FTE_COST, FormationSetting.COST_CODE, euro, from));
    }

    /** A budget scenario of labelled amounts, in the given order; names are unique per organisation. */
    @Transactional
    public UUID addScenario(Access access, OrganisationId organisation, String name, Map<String, BigDecimal> lines) {
        check(access, organisation);
        List<BudgetScenario.Line> list = new ArrayList<>();
        lines.forEach((label, amount) -> list.add(new BudgetScenario.Line(label, amount)));
        BudgetScenario scenario = new BudgetScenario(UUID.randomUUID(), organisation, name, list);
        if (scenarios.nameTaken(organisation, scenario.name())) {
            throw RuleViolation.conflict(BudgetScenario.class, "name", "taken", "Er is al een scenario met deze naam.");
        }
        scenarios.insert(scenario, access.user().id().value(), clock.instant());
        return scenario.id();
    }

    /** A target for a year or span of years; municipality null = the whole organisation. */
    @Transactional
    public UUID setTarget(Access access, OrganisationId organisation, @Nullable MunicipalityCode municipality, String indicator,
                          int yearFrom, int yearTo, int target) {
        check(access, organisation);
        TargetIndicator kind = TargetIndicator.of(indicator).orElseThrow(() -> RuleViolation.of(SteeringTarget.class, "indicator",
                "unknown", "Kies waarvoor het doel geldt."));
        if (municipality != null && municipalities.find(municipality).filter(m -> m.organisationId().equals(organisation)).isEmpty()) {
            throw RuleViolation.of(SteeringTarget.class, "municipality", "unknown", "Kies een gemeente van deze organisatie.");
        }
        SteeringTarget t = new SteeringTarget(UUID.randomUUID(), organisation, municipality, kind, yearFrom, yearTo, target);
        targets.insert(t, access.user().id().value(), clock.instant());
        return t.id();
    }

    @Transactional
    public void removeScenario(Access access, OrganisationId organisation, UUID id) {
        check(access, organisation);
        scenarios.delete(organisation, id);
    }

    @Transactional
    public void removeTarget(Access access, OrganisationId organisation, UUID id) {
        check(access, organisation);
        targets.delete(organisation, id);
    }

    /** Whether anything was ever set for the organisation (demo data loads once). */
    public boolean anyFor(OrganisationId organisation) {
        return !settings.history(organisation).isEmpty() || !scenarios.of(organisation).isEmpty();
    }

    private void record(Access access, FormationSetting setting) {
        check(access, setting.organisation());
        settings.record(setting, access.user().id().value(), access.user().displayName(), clock.instant());
    }

    void check(Access access, OrganisationId organisation) {
        boolean inScope = municipalities.all().stream().anyMatch(m -> m.organisationId().equals(organisation)
                && access.scope().contains(m.code()));
        if (access.permission() != Permission.STEERING_ADMIN || !inScope) {
            throw new AccessDeniedException("organisation outside scope");
        }
    }
}
