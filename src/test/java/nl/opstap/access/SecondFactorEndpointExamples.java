package nl.opstap.access;

import static nl.opstap.testsupport.EndpointExamples.form;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import nl.opstap.testsupport.EndpointExamples;
import nl.opstap.testsupport.ForeignTarget;
import nl.opstap.testsupport.TotpCodes;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The second factor's pages: one's own only; resetting a foreign user's factor must fail. */
class SecondFactorEndpointExamples implements EndpointExamples {

    /** The foreign user gets a factor (the demo secret, so a browser sign-in still works), which must survive. */
    @Override
    public void prepare(ApplicationContext context, ForeignTarget target) {
        context.getBean(UserAccounts.class).enrolSecondFactor(target.foreignUser(), TotpCodes.DEMO_SECRET);
    }

    @Override
    public Map<String, Function<ForeignTarget, MockHttpServletRequestBuilder>> examples() {
        Map<String, Function<ForeignTarget, MockHttpServletRequestBuilder>> e = new LinkedHashMap<>();
        e.put("GET /inloggen/code", t -> get("/inloggen/code"));
        e.put("POST /inloggen/code", t -> form(post("/inloggen/code"), "code=000000"));
        e.put("GET /inloggen/tweede-factor", t -> get("/inloggen/tweede-factor"));
        e.put("POST /inloggen/tweede-factor", t -> form(post("/inloggen/tweede-factor"), "code=000000"));
        e.put("POST /mijn-account/tweede-factor/uitzetten", t -> form(post("/mijn-account/tweede-factor/uitzetten"), ""));
        e.put("POST /mijn-account/herstelcodes", t -> form(post("/mijn-account/herstelcodes"), ""));
        e.put("POST /beheer/gebruikers/{id}/tweede-factor/herstellen",
                t -> form(post("/beheer/gebruikers/" + t.foreignUser() + "/tweede-factor/herstellen"), ""));
        return e;
    }

    @Override
    public String fingerprint(JdbcClient jdbc, ForeignTarget target) {
        return String.valueOf(jdbc.sql("SELECT COUNT(*) FROM user_second_factor WHERE user_id = ?")
                .param(target.foreignUser().value()).query(Long.class).single());
    }
}
