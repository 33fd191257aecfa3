package nl.opstap.access;

import static nl.opstap.testsupport.EndpointExamples.form;
import static nl.opstap.testsupport.Fixtures.STADSKANAAL;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import nl.opstap.testsupport.EndpointExamples;
import nl.opstap.testsupport.Fixtures;
import nl.opstap.testsupport.ForeignTarget;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Sign-in, the own account, user administration and the processing log, aimed at a user of Stadskanaal. */
class AccessEndpointExamples implements EndpointExamples {

    @Override
    public Map<String, Function<ForeignTarget, MockHttpServletRequestBuilder>> examples() {
        Map<String, Function<ForeignTarget, MockHttpServletRequestBuilder>> e = new LinkedHashMap<>();
        e.put("GET /", t -> get("/"));
        e.put("GET /inloggen", t -> get("/inloggen"));
        e.put("GET /mijn-gegevens", t -> get("/mijn-gegevens"));
        e.put("GET /mijn-account", t -> get("/mijn-account"));
        e.put("GET /mijn-account/wachtwoord", t -> get("/mijn-account/wachtwoord"));
        e.put("POST /mijn-account/wachtwoord", t -> form(post("/mijn-account/wachtwoord"), "currentPassword=x&newPassword=y&repeatPassword=y"));
        e.put("POST /mijn-account/tokens", t -> form(post("/mijn-account/tokens"), "name=&validityDays=0"));
        e.put("POST /mijn-account/tokens/{tokenId}/intrekken", t -> form(post("/mijn-account/tokens/" + UUID.randomUUID() + "/intrekken"), ""));
        e.put("GET /beheer/gebruikers", t -> get("/beheer/gebruikers").param("zoek", "stadskanaal"));
        e.put("GET /beheer/gebruikers/nieuw", t -> get("/beheer/gebruikers/nieuw"));
        e.put("POST /beheer/gebruikers", t -> form(post("/beheer/gebruikers"), "username=" + Fixtures.unique("indringer")
                + "&displayName=X&temporaryPassword=fiets-regen-koffie-tulp&grants=ADMIN@" + STADSKANAAL));
        e.put("GET /beheer/gebruikers/{id}", t -> get("/beheer/gebruikers/" + t.foreignUser()));
        e.put("POST /beheer/gebruikers/{id}", t -> form(post("/beheer/gebruikers/" + t.foreignUser()),
                "username=x&displayName=Gekaapt&version=0"));
        e.put("POST /beheer/gebruikers/{id}/ontgrendelen", t -> form(post("/beheer/gebruikers/" + t.foreignUser() + "/ontgrendelen"), ""));
        e.put("POST /beheer/gebruikers/{id}/blokkeren", t -> form(post("/beheer/gebruikers/" + t.foreignUser() + "/blokkeren"), ""));
        e.put("POST /beheer/gebruikers/{id}/activeren", t -> form(post("/beheer/gebruikers/" + t.foreignUser() + "/activeren"), ""));
        e.put("POST /beheer/gebruikers/{id}/wachtwoord", t -> form(post("/beheer/gebruikers/" + t.foreignUser() + "/wachtwoord"),
                "temporaryPassword=fiets-regen-koffie-tulp"));
        e.put("GET /beheer/verwerkingslog", t -> get("/beheer/verwerkingslog"));
        e.put("POST /beheer/verwerkingslog/controle", t -> form(post("/beheer/verwerkingslog/controle"), ""));
        e.put("GET /api/v1/gemeenten", t -> get("/api/v1/gemeenten"));
        return e;
    }

    /** The Stadskanaal user's account (name, version, enabled, lock, password) and the administrators of Stadskanaal. */
    @Override
    public String fingerprint(JdbcClient jdbc, ForeignTarget target) {
        return jdbc.sql("""
                SELECT (SELECT display_name || ':' || version || ':' || enabled || ':' || failed_attempts || ':' || password_hash
                        FROM app_user WHERE id = ?) || ':'
                    || (SELECT COUNT(*) FROM user_role WHERE role = 'ADMIN' AND municipality_code = 'GM0037')""")
                .param(target.foreignUser().value()).query(String.class).single();
    }
}
