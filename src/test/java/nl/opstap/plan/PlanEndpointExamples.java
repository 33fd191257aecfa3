package nl.opstap.plan;

import static nl.opstap.testsupport.EndpointExamples.form;
import static nl.opstap.testsupport.EndpointExamples.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.opstap.access.Access;
import nl.opstap.access.Channel;
import nl.opstap.access.Permission;
import nl.opstap.access.UserAccounts;
import nl.opstap.testsupport.EndpointExamples;
import nl.opstap.testsupport.ForeignTarget;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The plan's endpoints for the authorisation test, aimed at a plan of the foreign client. */
class PlanEndpointExamples implements EndpointExamples {

    static final String SECRET = "Geheim plandoel van Stadskanaal";
    private static final String CONTENT = "{\"doelen\": [{\"omschrijving\": \"Indringer\"}]}";

    @Override
    public void prepare(ApplicationContext context, ForeignTarget target) {
        UserAccounts accounts = context.getBean(UserAccounts.class);
        Access access = accounts.accessFor(target.foreignUser(), Permission.CLIENT_WRITE, Channel.BATCH);
        planId = context.getBean(PlanService.class).start(access, target.client(), new PlanContent(SECRET, null,
                List.of(new PlanContent.Goal(SECRET, null)), List.of(), List.of())).id().value();
    }

    private java.util.UUID planId;

    @Override
    public Map<String, Function<ForeignTarget, MockHttpServletRequestBuilder>> examples() {
        Map<String, Function<ForeignTarget, MockHttpServletRequestBuilder>> e = new LinkedHashMap<>();
        String page = "/werkzoekenden/{id}/plan";
        e.put("GET " + page, t -> get("/werkzoekenden/" + t.client() + "/plan"));
        e.put("GET " + page + "/bewerken", t -> get("/werkzoekenden/" + t.client() + "/plan/bewerken"));
        e.put("POST " + page, t -> form(post("/werkzoekenden/" + t.client() + "/plan"), "version=0&content.goals[0].text=Indringer"));
        e.put("POST " + page + "/vaststellen", t -> form(post("/werkzoekenden/" + t.client() + "/plan/vaststellen"), "version=0"));
        e.put("POST " + page + "/afsluiten", t -> form(post("/werkzoekenden/" + t.client() + "/plan/afsluiten"), "version=0&reason=weg"));
        e.put("GET " + page + "/versies/{number}", t -> get("/werkzoekenden/" + t.client() + "/plan/versies/1"));
        e.put("GET " + page + "/pdf", t -> get("/werkzoekenden/" + t.client() + "/plan/pdf"));
        e.put("GET " + page + "/versies/{number}/pdf", t -> get("/werkzoekenden/" + t.client() + "/plan/versies/1/pdf"));
        e.put("GET /werkzoekenden/{id}/plannen/{planId}/versies/{number}", t -> get("/werkzoekenden/" + t.client() + "/plannen/"
                + planId + "/versies/1"));
        e.put("GET /werkzoekenden/{id}/plannen/{planId}/versies/{number}/pdf", t -> get("/werkzoekenden/" + t.client() + "/plannen/"
                + planId + "/versies/1/pdf"));
        e.put("GET /api/v1/werkzoekenden/{id}/plannen", t -> get("/api/v1/werkzoekenden/" + t.client() + "/plannen"));
        e.put("GET /api/v1/werkzoekenden/{id}/plannen/{planId}/versies/{number}", t -> get("/api/v1/werkzoekenden/" + t.client()
                + "/plannen/" + planId + "/versies/1"));
        String api = "/api/v1/werkzoekenden/{id}/plan";
        e.put("GET " + api, t -> get(apiOf(t)));
        e.put("POST " + api, t -> json(post(apiOf(t)), CONTENT));
        e.put("PUT " + api, t -> json(put(apiOf(t)), CONTENT).header("If-Match", "\"0\""));
        e.put("POST " + api + "/vaststellen", t -> json(post(apiOf(t) + "/vaststellen"), "{}").header("If-Match", "\"0\""));
        e.put("POST " + api + "/herzien", t -> json(post(apiOf(t) + "/herzien"), "{\"reden\": \"x\", \"inhoud\": " + CONTENT + "}")
                .header("If-Match", "\"0\""));
        e.put("POST " + api + "/afsluiten", t -> json(post(apiOf(t) + "/afsluiten"), "{\"reden\": \"x\"}").header("If-Match", "\"0\""));
        e.put("GET " + api + "/versies", t -> get(apiOf(t) + "/versies"));
        e.put("GET " + api + "/versies/{number}", t -> get(apiOf(t) + "/versies/1"));
        e.put("GET " + api + "/pdf", t -> get(apiOf(t) + "/pdf"));
        e.put("GET " + api + "/versies/{number}/pdf", t -> get(apiOf(t) + "/versies/1/pdf"));
        e.put("GET /mijn-plan", t -> get("/mijn-plan"));
        e.put("GET /mijn-plan/pdf", t -> get("/mijn-plan/pdf"));
        e.put("GET /api/v1/mijn/plan", t -> get("/api/v1/mijn/plan"));
        return e;
    }

    private static String apiOf(ForeignTarget t) {
        return "/api/v1/werkzoekenden/" + t.client() + "/plan";
    }

    @Override
    public String fingerprint(JdbcClient jdbc, ForeignTarget target) {
        return jdbc.sql("""
                        SELECT COUNT(*) || ':' || COALESCE(MAX(p.lock_version), -1) || ':' || COUNT(v.version_no)
                        FROM plan p LEFT JOIN plan_version v ON v.plan_id = p.id WHERE p.client_id = ?""")
                .param(target.client().value()).query(String.class).single();
    }

    @Override
    public List<String> secrets() {
        return List.of(SECRET);
    }
}
