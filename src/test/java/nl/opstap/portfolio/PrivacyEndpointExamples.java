package nl.opstap.portfolio;

import static nl.opstap.testsupport.EndpointExamples.form;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import nl.opstap.testsupport.EndpointExamples;
import nl.opstap.testsupport.ForeignTarget;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Portal access and privacy endpoints for the authorisation test: inviting the foreign client, activating with a code
 * that is not theirs, and the job seeker's own privacy pages (which must show nothing of the foreign client).
 */
class PrivacyEndpointExamples implements EndpointExamples {

    @Override
    public Map<String, Function<ForeignTarget, MockHttpServletRequestBuilder>> examples() {
        Map<String, Function<ForeignTarget, MockHttpServletRequestBuilder>> e = new LinkedHashMap<>();
        e.put("POST /werkzoekenden/{id}/portaaltoegang", t -> form(post("/werkzoekenden/" + t.client() + "/portaaltoegang"), ""));
        e.put("GET /activeren", t -> get("/activeren"));
        e.put("POST /activeren", t -> form(post("/activeren"), "code=ABCD-EFGH-JKMN&username=indringer&password=x&repeatPassword=x"));
        e.put("GET /mijn-privacy", t -> get("/mijn-privacy"));
        e.put("GET /api/v1/mijn/verwerkingen", t -> get("/api/v1/mijn/verwerkingen"));
        e.put("GET /mijn-privacy/gegevens.json", t -> get("/mijn-privacy/gegevens.json"));
        e.put("GET /api/v1/mijn/gegevens", t -> get("/api/v1/mijn/gegevens"));
        e.put("GET /mijn-privacy/gegevens.pdf", t -> get("/mijn-privacy/gegevens.pdf"));
        return e;
    }

    @Override
    public String fingerprint(JdbcClient jdbc, ForeignTarget target) {
        return jdbc.sql("SELECT COUNT(*) FROM portal_invitation WHERE client_id = ?").param(target.client().value()).query(String.class).single()
                + "/" + jdbc.sql("SELECT COUNT(*) FROM app_user WHERE client_id = ?").param(target.client().value()).query(String.class).single();
    }
}
