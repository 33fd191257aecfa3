package nl.opstap.worklist;

import static nl.opstap.testsupport.EndpointExamples.form;
import static nl.opstap.testsupport.EndpointExamples.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import nl.opstap.testsupport.EndpointExamples;
import nl.opstap.testsupport.ForeignTarget;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Worklist requests aimed at the foreign municipality: its caseworker's list, and reassigning its client. */
class WorklistEndpointExamples implements EndpointExamples {

    @Override
    public Map<String, Function<ForeignTarget, MockHttpServletRequestBuilder>> examples() {
        Map<String, Function<ForeignTarget, MockHttpServletRequestBuilder>> e = new LinkedHashMap<>();
        e.put("GET /werklijst", t -> get("/werklijst"));
        e.put("GET /werklijst/team", t -> get("/werklijst/team"));
        e.put("GET /werklijst/team/{caseworker}", t -> get("/werklijst/team/" + t.foreignUser()));
        e.put("POST /werklijst/herverdelen", t -> form(post("/werklijst/herverdelen"),
                "clientIds=" + t.client() + "&caseworkerId=" + t.foreignUser()));
        e.put("GET /api/v1/werklijst", t -> get("/api/v1/werklijst"));
        e.put("GET /api/v1/werklijst/team", t -> get("/api/v1/werklijst/team"));
        e.put("GET /api/v1/werklijst/team/{klantmanager}", t -> get("/api/v1/werklijst/team/" + t.foreignUser()));
        e.put("POST /api/v1/werklijst/herverdelingen", t -> json(post("/api/v1/werklijst/herverdelingen"),
                "{\"werkzoekenden\": [\"" + t.client() + "\"], \"klantmanagerId\": \"" + t.foreignUser() + "\"}"));
        return e;
    }

    @Override
    public String fingerprint(JdbcClient jdbc, ForeignTarget target) {
        return String.valueOf(jdbc.sql("SELECT caseworker_id FROM client WHERE id = ?").param(target.client().value())
                .query(String.class).optional().orElse(""));
    }
}
