package nl.opstap.retention;

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

/** The retention endpoints for the authorisation test: nobody outside the municipality anonymises its file. */
class RetentionEndpointExamples implements EndpointExamples {

    @Override
    public Map<String, Function<ForeignTarget, MockHttpServletRequestBuilder>> examples() {
        Map<String, Function<ForeignTarget, MockHttpServletRequestBuilder>> e = new LinkedHashMap<>();
        e.put("GET /werkzoekenden/{id}/anonimisering", t -> get("/werkzoekenden/" + t.client() + "/anonimisering"));
        e.put("POST /werkzoekenden/{id}/anonimisering", t -> form(post("/werkzoekenden/" + t.client() + "/anonimisering"),
                "ground=NO_LONGER_NEEDED&reference=Z-2026-1&confirmed=true"));
        e.put("POST /api/v1/werkzoekenden/{clientId}/anonimisering", t -> json(post("/api/v1/werkzoekenden/" + t.client() + "/anonimisering"),
                "{\"grond\": \"niet-meer-nodig\", \"kenmerk\": \"Z-2026-1\", \"bevestigd\": true}"));
        e.put("GET /beheer/bewaartermijnen", t -> get("/beheer/bewaartermijnen"));
        return e;
    }

    @Override
    public String fingerprint(JdbcClient jdbc, ForeignTarget target) {
        return jdbc.sql("SELECT first_names || ' ' || last_name || ' ' || COALESCE(CAST(anonymised_at AS VARCHAR(40)), '-') FROM client WHERE id = ?")
                .param(target.client().value()).query(String.class).single()
                + jdbc.sql("SELECT COUNT(*) FROM retention_erasure WHERE client_id = ?").param(target.client().value()).query(Long.class).single();
    }
}
