package nl.opstap.client;

import static nl.opstap.testsupport.EndpointExamples.form;
import static nl.opstap.testsupport.EndpointExamples.json;
import static nl.opstap.testsupport.Fixtures.STADSKANAAL;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import nl.opstap.access.UserAccounts;
import nl.opstap.testsupport.EndpointExamples;
import nl.opstap.testsupport.ForeignTarget;
import nl.opstap.testsupport.TestBsns;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The client register's endpoints, aimed at the foreign client. */
class ClientEndpointExamples implements EndpointExamples {

    private String caseworker = "00000000-0000-0000-0000-000000000000";

    @Override
    public void prepare(ApplicationContext context, ForeignTarget target) {
        caseworker = context.getBean(UserAccounts.class).idOf("consulent.steenwijkerland").toString();
    }

    @Override
    public Map<String, Function<ForeignTarget, MockHttpServletRequestBuilder>> examples() {
        Map<String, Function<ForeignTarget, MockHttpServletRequestBuilder>> e = new LinkedHashMap<>();
        String newClient = "details.municipality=" + STADSKANAAL + "&details.bsn=%s&details.firstNames=In&details.lastName=Indringer"
                + "&details.dateOfBirth=1980-01-01&details.postcode=9501AB";
        String clientForm = "version=0&municipality=" + STADSKANAAL + "&bsn=%s&firstNames=Over&lastName=Geschreven"
                + "&dateOfBirth=1980-01-01&postcode=9501AB";
        e.put("GET /werkzoekenden", t -> get("/werkzoekenden").param("naam", "Geheim"));
        e.put("POST /werkzoekenden", t -> form(post("/werkzoekenden"), newClient.formatted(TestBsns.next())));
        e.put("GET /werkzoekenden/nieuw", t -> get("/werkzoekenden/nieuw"));
        e.put("POST /werkzoekenden/zoeken-op-bsn", t -> form(post("/werkzoekenden/zoeken-op-bsn"), "bsn=" + t.bsn()));
        e.put("GET /werkzoekenden/{id}", t -> get("/werkzoekenden/" + t.client()));
        e.put("POST /werkzoekenden/{id}", t -> form(post("/werkzoekenden/" + t.client()), clientForm.formatted(t.bsn())));
        e.put("GET /werkzoekenden/{id}/bewerken", t -> get("/werkzoekenden/" + t.client() + "/bewerken"));
        e.put("POST /werkzoekenden/{id}/uitkeringsstatus", t -> form(post("/werkzoekenden/" + t.client() + "/uitkeringsstatus"),
                "status=RECIPIENT&from=2024-01-01"));
        e.put("POST /werkzoekenden/{id}/klantmanager", t -> form(post("/werkzoekenden/" + t.client() + "/klantmanager"),
                "caseworkerId=" + caseworker));
        e.put("POST /werkzoekenden/{id}/partner", t -> form(post("/werkzoekenden/" + t.client() + "/partner"), ""));
        e.put("GET /werkzoekenden/{id}/partner-kandidaten", t -> get("/werkzoekenden/" + t.client() + "/partner-kandidaten")
                .param("naam", "a"));
        e.put("GET /werkzoekenden/{id}/verwerkingen", t -> get("/werkzoekenden/" + t.client() + "/verwerkingen"));
        e.put("GET /werkzoekenden/{id}/tijdlijn", t -> get("/werkzoekenden/" + t.client() + "/tijdlijn"));
        e.put("GET /api/v1/werkzoekenden", t -> get("/api/v1/werkzoekenden").param("naam", "Geheim"));
        e.put("POST /api/v1/werkzoekenden", t -> json(post("/api/v1/werkzoekenden"), """
                {"bsn": "%s", "voornamen": "In", "achternaam": "Indringer", "geboortedatum": "1980-01-01",
                 "postcode": "9501AB", "gemeenteCode": "%s"}""".formatted(TestBsns.next(), STADSKANAAL)));
        e.put("POST /api/v1/werkzoekenden/_zoek", t -> json(post("/api/v1/werkzoekenden/_zoek"), "{\"bsn\": \"" + t.bsn() + "\"}"));
        e.put("GET /api/v1/werkzoekenden/{id}", t -> get("/api/v1/werkzoekenden/" + t.client()));
        e.put("PUT /api/v1/werkzoekenden/{id}", t -> json(put("/api/v1/werkzoekenden/" + t.client()), """
                {"bsn": "%s", "voornamen": "Over", "achternaam": "Geschreven", "geboortedatum": "1980-01-01",
                 "postcode": "9501AB", "gemeenteCode": "%s"}""".formatted(t.bsn(), STADSKANAAL)).header("If-Match", "\"0\""));
        e.put("GET /api/v1/werkzoekenden/{id}/uitkeringsstatussen", t -> get("/api/v1/werkzoekenden/" + t.client() + "/uitkeringsstatussen"));
        e.put("POST /api/v1/werkzoekenden/{id}/uitkeringsstatussen", t -> json(post("/api/v1/werkzoekenden/" + t.client()
                + "/uitkeringsstatussen"), "{\"status\": \"uitkeringsgerechtigd\", \"ingangsdatum\": \"2024-01-01\"}"));
        e.put("GET /api/v1/werkzoekenden/{id}/klantmanagers", t -> get("/api/v1/werkzoekenden/" + t.client() + "/klantmanagers"));
        e.put("PUT /api/v1/werkzoekenden/{id}/klantmanager", t -> json(put("/api/v1/werkzoekenden/" + t.client() + "/klantmanager"),
                "{\"klantmanagerId\": \"" + caseworker + "\"}"));
        e.put("PUT /api/v1/werkzoekenden/{id}/partner", t -> json(put("/api/v1/werkzoekenden/" + t.client() + "/partner"),
                "{\"partnerId\": null}"));
        e.put("GET /api/v1/werkzoekenden/{id}/verwerkingen", t -> get("/api/v1/werkzoekenden/" + t.client() + "/verwerkingen"));
        e.put("GET /api/v1/werkzoekenden/{id}/tijdlijn", t -> get("/api/v1/werkzoekenden/" + t.client() + "/tijdlijn"));
        return e;
    }

    /** The foreign client's version, the clients of Stadskanaal and any intruder registered there. */
    @Override
    public String fingerprint(JdbcClient jdbc, ForeignTarget target) {
        return jdbc.sql("""
                SELECT (SELECT version FROM client WHERE id = ?) || ':'
                    || (SELECT COUNT(*) FROM client WHERE municipality_code = 'GM0037') || ':'
                    || (SELECT COUNT(*) FROM client_benefit_status WHERE client_id = ?)""")
                .param(target.client().value()).param(target.client().value()).query(String.class).single();
    }
}
