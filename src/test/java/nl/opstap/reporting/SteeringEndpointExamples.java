package nl.opstap.reporting;

import static nl.opstap.testsupport.EndpointExamples.form;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import nl.opstap.organisation.OrganisationId;
import nl.opstap.testsupport.EndpointExamples;
import nl.opstap.testsupport.ForeignTarget;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The steering settings endpoints for the authorisation test, aimed at the foreign (TDC) organisation's settings. */
class SteeringEndpointExamples implements EndpointExamples {

    private String organisation = "00000000-0000-0000-0000-000000000000";
    private String scenario = "00000000-0000-0000-0000-000000000000";
    private String target = "00000000-0000-0000-0000-000000000000";

    @Override
    public void prepare(ApplicationContext context, ForeignTarget foreign) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        UUID org = jdbc.sql("SELECT organisation_id FROM municipality WHERE code = 'GM0037'").query(UUID.class).single();
        organisation = org.toString();
        UUID id = UUID.randomUUID();
        context.getBean(BudgetScenarios.class).insert(new BudgetScenario(id, new OrganisationId(org), "Buitenlands scenario " + id,
                List.of(new BudgetScenario.Line("Begroting", new BigDecimal("1000")))), foreign.foreignUser().value(), Instant.now());
        scenario = id.toString();
        SteeringTarget t = new SteeringTarget(UUID.randomUUID(), new OrganisationId(org), null, TargetIndicator.BESCHUT_WERK, 2030, 2030, 5);
        context.getBean(SteeringTargets.class).insert(t, foreign.foreignUser().value(), Instant.now());
        target = t.id().toString();
    }

    @Override
    public Map<String, Function<ForeignTarget, MockHttpServletRequestBuilder>> examples() {
        Map<String, Function<ForeignTarget, MockHttpServletRequestBuilder>> e = new LinkedHashMap<>();
        e.put("GET /rapportages/instellingen", t -> get("/rapportages/instellingen").param("organisatie", organisation));
        e.put("POST /rapportages/instellingen/{what}", t -> form(post("/rapportages/instellingen/norm"),
                "organisatie=" + organisation + "&perspectief=WERK&norm=1&normVanaf=2020-01-01"));
        e.put("POST /rapportages/instellingen/{what}/{id}/verwijderen", t -> form(post("/rapportages/instellingen/scenario/" + scenario
                + "/verwijderen"), "organisatie=" + organisation));
        return e;
    }

    @Override
    public String fingerprint(JdbcClient jdbc, ForeignTarget foreign) {
        return jdbc.sql("""
                SELECT (SELECT COUNT(*) FROM formation_setting s JOIN municipality m ON m.organisation_id = s.organisation_id
                        WHERE m.code = 'GM0037') || '/' ||
                       (SELECT COUNT(*) FROM budget_scenario s JOIN municipality m ON m.organisation_id = s.organisation_id
                        WHERE m.code = 'GM0037') || '/' ||
                       (SELECT COUNT(*) FROM steering_target s JOIN municipality m ON m.organisation_id = s.organisation_id
                        WHERE m.code = 'GM0037' AND s.id = CAST(? AS UUID))""").param(target).query(String.class).single();
    }

    @Override
    public List<String> secrets() {
        return List.of("Buitenlands scenario");
    }
}
