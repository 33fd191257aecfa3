package nl.opstap.activity;

import static nl.opstap.testsupport.EndpointExamples.form;
import static nl.opstap.testsupport.EndpointExamples.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.opstap.access.Access;
import nl.opstap.access.Channel;
import nl.opstap.access.Permission;
import nl.opstap.access.UserAccounts;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.organisation.OrganisationId;
import nl.opstap.testsupport.EndpointExamples;
import nl.opstap.testsupport.Fixtures;
import nl.opstap.testsupport.ForeignTarget;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The activity module's endpoints, aimed at the TDC's catalogue and a Stadskanaal client's participation. */
class ActivityEndpointExamples implements EndpointExamples {

    private final String secretActivity = Fixtures.unique("Geheimeactiviteit");
    private OrganisationId tdc;
    private ActivityId activity;
    private DropoutReasonId reason;
    private ParticipationId participation;

    @Override
    public void prepare(ApplicationContext context, ForeignTarget target) {
        ActivityCatalogue catalogue = context.getBean(ActivityCatalogue.class);
        UserAccounts accounts = context.getBean(UserAccounts.class);
        Access admin = accounts.accessFor(accounts.idOf("beheer.tdc"), Permission.CATALOGUE_ADMIN, Channel.BATCH);
        tdc = catalogue.organisationOf(new MunicipalityCode(Fixtures.STADSKANAAL));
        activity = catalogue.addActivity(admin, tdc, new ActivityForm(secretActivity, ActivityKind.WEP, "Geheim bedrijf", 5, 26, null, true));
        reason = catalogue.dropoutReasons(admin).stream().filter(r -> r.organisation().equals(tdc)).findFirst().orElseThrow().id();
        participation = ParticipationId.random();
        Access caseworker = accounts.accessFor(target.foreignUser(), Permission.CLIENT_WRITE, Channel.BATCH);
        catalogue.recordHistory(caseworker, List.of(new NewParticipation(participation, target.client(),
                new MunicipalityCode(Fixtures.STADSKANAAL), activity, LocalDate.now().minusMonths(1), LocalDate.now().plusMonths(3),
                null, null, null, false, null, null, null)));
    }

    @Override
    public Map<String, Function<ForeignTarget, MockHttpServletRequestBuilder>> examples() {
        Map<String, Function<ForeignTarget, MockHttpServletRequestBuilder>> e = new LinkedHashMap<>();
        String activityForm = "name=Gekaapt&kind=WEP&capacity=1";
        e.put("GET /beheer/activiteiten", t -> get("/beheer/activiteiten").param("organisatie", tdc.value().toString()));
        e.put("GET /beheer/activiteiten/nieuw", t -> get("/beheer/activiteiten/nieuw").param("organisatie", tdc.value().toString()));
        e.put("POST /beheer/activiteiten", t -> form(post("/beheer/activiteiten").param("organisatie", tdc.value().toString()), activityForm));
        e.put("GET /beheer/activiteiten/{activityId}", t -> get("/beheer/activiteiten/" + activity));
        e.put("POST /beheer/activiteiten/{activityId}", t -> form(post("/beheer/activiteiten/" + activity), activityForm));
        e.put("POST /beheer/activiteiten/{activityId}/deactiveren", t -> form(post("/beheer/activiteiten/" + activity + "/deactiveren"), ""));
        e.put("POST /beheer/activiteiten/{activityId}/activeren", t -> form(post("/beheer/activiteiten/" + activity + "/activeren"), ""));
        e.put("GET /beheer/uitvalredenen", t -> get("/beheer/uitvalredenen").param("organisatie", tdc.value().toString()));
        e.put("POST /beheer/uitvalredenen", t -> form(post("/beheer/uitvalredenen").param("organisatie", tdc.value().toString()), "name=Gekaapt"));
        e.put("POST /beheer/uitvalredenen/{reasonId}", t -> form(post("/beheer/uitvalredenen/" + reason), "name=Gekaapt"));
        e.put("POST /beheer/uitvalredenen/{reasonId}/deactiveren", t -> form(post("/beheer/uitvalredenen/" + reason + "/deactiveren"), ""));
        e.put("POST /beheer/uitvalredenen/{reasonId}/activeren", t -> form(post("/beheer/uitvalredenen/" + reason + "/activeren"), ""));
        e.put("GET /werkzoekenden/{id}/activiteiten", t -> get("/werkzoekenden/" + t.client() + "/activiteiten"));
        e.put("POST /werkzoekenden/{id}/activiteiten", t -> form(post("/werkzoekenden/" + t.client() + "/activiteiten"),
                "activityId=" + activity + "&startDate=" + LocalDate.now()));
        e.put("POST /werkzoekenden/{id}/activiteiten/afronden", t -> form(post("/werkzoekenden/" + t.client() + "/activiteiten/afronden"),
                "participationId=" + participation + "&result=AFGEROND&actualEnd=" + LocalDate.now()));
        e.put("POST /werkzoekenden/{id}/activiteiten/{participationId}/annuleren", t -> form(post("/werkzoekenden/" + t.client()
                + "/activiteiten/" + participation + "/annuleren"), ""));
        e.put("POST /api/v1/werkzoekenden/{id}/deelnames/{participationId}/annuleren", t -> post("/api/v1/werkzoekenden/" + t.client()
                + "/deelnames/" + participation + "/annuleren"));
        e.put("GET /api/v1/activiteiten", t -> get("/api/v1/activiteiten"));
        e.put("POST /api/v1/activiteiten", t -> json(post("/api/v1/activiteiten").param("organisatieId", tdc.value().toString()),
                "{\"naam\": \"Gekaapt\", \"soort\": \"training\"}"));
        e.put("PUT /api/v1/activiteiten/{activityId}", t -> json(put("/api/v1/activiteiten/" + activity),
                "{\"naam\": \"Gekaapt\", \"soort\": \"training\", \"capaciteit\": 1}"));
        e.put("GET /api/v1/uitvalredenen", t -> get("/api/v1/uitvalredenen"));
        e.put("GET /api/v1/werkzoekenden/{id}/deelnames", t -> get("/api/v1/werkzoekenden/" + t.client() + "/deelnames"));
        e.put("POST /api/v1/werkzoekenden/{id}/deelnames", t -> json(post("/api/v1/werkzoekenden/" + t.client() + "/deelnames"),
                "{\"activiteitId\": \"" + activity + "\", \"startdatum\": \"" + LocalDate.now() + "\"}"));
        e.put("POST /api/v1/werkzoekenden/{id}/deelnames/{participationId}/afronden", t -> json(post("/api/v1/werkzoekenden/" + t.client()
                + "/deelnames/" + participation + "/afronden"), "{\"resultaat\": \"afgerond\", \"werkelijkeEinddatum\": \"" + LocalDate.now() + "\"}"));
        return e;
    }

    @Override
    public String fingerprint(JdbcClient jdbc, ForeignTarget target) {
        if (tdc == null) {
            return "";
        }
        return jdbc.sql("SELECT name || active || COALESCE(capacity, -1) || version FROM activity WHERE organisation_id = ? ORDER BY id")
                .param(tdc.value()).query(String.class).list()
                + "|" + jdbc.sql("SELECT name || active FROM dropout_reason WHERE organisation_id = ? ORDER BY id").param(tdc.value())
                .query(String.class).list()
                + "|" + jdbc.sql("SELECT id || COALESCE(CAST(actual_end AS VARCHAR), '-') FROM participation WHERE client_id = ? ORDER BY id")
                .param(target.client().value()).query(String.class).list();
    }

    @Override
    public List<String> secrets() {
        return List.of(secretActivity, "Geheim bedrijf");
    }
}
