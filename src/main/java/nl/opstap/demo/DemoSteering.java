package nl.opstap.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.opstap.access.Access;
import nl.opstap.access.Channel;
import nl.opstap.access.Permission;
import nl.opstap.access.UserAccounts;
import nl.opstap.organisation.Municipalities;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.organisation.OrganisationId;
import nl.opstap.reporting.SteeringSettings;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The steering settings of the seeds: seed 003's caseload norms, fixed formation and budget scenarios for the IGSD
 * (from 1-1-2018), its target of 125 people into work in 2019–2020; seed 004's beschut werk places and forecast of new
 * target groups per year for Stadskanaal and Veendam. The cost per fte is the seed's total budget over its 26,2 fte.
 */
@Component
@Profile("demo")
@Order(70)
class DemoSteering implements ApplicationRunner {

    private static final LocalDate FROM = LocalDate.of(2018, 1, 1);
    private static final int[][] SHELTERED = {{17, 14}, {29, 24}, {36, 30}, {45, 37}, {53, 44}};
    private static final int[][] NEW_GROUPS = {{78, 64}, {103, 84}, {128, 104}, {152, 124}, {175, 143}};

    private final SteeringSettings settings;
    private final UserAccounts accounts;
    private final Municipalities municipalities;

    DemoSteering(SteeringSettings settings, UserAccounts accounts, Municipalities municipalities) {
        this.settings = settings;
        this.accounts = accounts;
        this.municipalities = municipalities;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!accounts.exists("beheer.igsd") || !accounts.exists("beheer.tdc")) {
            return;
        }
        OrganisationId igsd = organisationOf("GM1708");
        OrganisationId tdc = organisationOf("GM0037");
        if (settings.anyFor(igsd)) {
            return;
        }
        Access admin = accounts.accessFor(accounts.idOf("beheer.igsd"), Permission.STEERING_ADMIN, Channel.BATCH);
        Map.of("PARTTIME_WERK", 90, "WERK", 80, "PARTICIPATIE", 70, "ZORG", 140, "NOG_NIET_BEKEND", 90)
                .forEach((perspective, norm) -> settings.recordNorm(admin, igsd, perspective, BigDecimal.valueOf(norm), FROM));
        Map<String, String> items = new LinkedHashMap<>();
        items.put("WGSP (accountmanagers en matchers)", "4.5");
        items.put("Consulent werkervaringsplekken (WEP)", "1.0");
        items.put("Jobcoaches (Dyka, Plusteam, Kringloop)", "3.0");
        items.put("Overhead en beleid", "1.9");
        items.put("Administratieve ondersteuning", "1.6");
        items.forEach((name, fte) -> settings.recordItem(admin, igsd, name, new BigDecimal(fte), FROM));
        settings.recordCostPerFte(admin, igsd, new BigDecimal("76216.79"), FROM);
        settings.addScenario(admin, igsd, "Vastgestelde begroting 2019-2022", Map.of("Oorspronkelijke begroting 2019-2022",
                new BigDecimal("1025168")));
        Map<String, BigDecimal> plan = new LinkedHashMap<>();
        plan.put("Oorspronkelijke begroting 2019-2022", new BigDecimal("1025168"));
        plan.put("Formatie-uitbreiding Plan van Aanpak", new BigDecimal("971712"));
        settings.addScenario(admin, igsd, "Plan van Aanpak", plan);
        settings.setTarget(admin, igsd, new MunicipalityCode("GM1708"), "UITSTROOM_WERK", 2019, 2020, 125);
        Access tdcAdmin = accounts.accessFor(accounts.idOf("beheer.tdc"), Permission.STEERING_ADMIN, Channel.BATCH);
        for (int i = 0; i < SHELTERED.length; i++) {
            int year = 2017 + i;
            settings.setTarget(tdcAdmin, tdc, new MunicipalityCode("GM0037"), "BESCHUT_WERK", year, year, SHELTERED[i][0]);
            settings.setTarget(tdcAdmin, tdc, new MunicipalityCode("GM0047"), "BESCHUT_WERK", year, year, SHELTERED[i][1]);
            settings.setTarget(tdcAdmin, tdc, new MunicipalityCode("GM0037"), "NIEUWE_DOELGROEP", year, year, NEW_GROUPS[i][0]);
            settings.setTarget(tdcAdmin, tdc, new MunicipalityCode("GM0047"), "NIEUWE_DOELGROEP", year, year, NEW_GROUPS[i][1]);
        }
    }

    private OrganisationId organisationOf(String code) {
        return municipalities.find(new MunicipalityCode(code)).orElseThrow().organisationId();
    }
}
