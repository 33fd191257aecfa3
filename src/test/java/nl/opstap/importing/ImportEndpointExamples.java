package nl.opstap.importing;

import static nl.opstap.testsupport.EndpointExamples.form;
import static nl.opstap.testsupport.EndpointExamples.json;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import nl.opstap.access.Channel;
import nl.opstap.access.Permission;
import nl.opstap.access.UserAccounts;
import nl.opstap.testsupport.EndpointExamples;
import nl.opstap.testsupport.ForeignTarget;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The import endpoints for the authorisation test: a job that Stadskanaal's administrator uploaded, with the foreign
 * client's BSN and name in its file. No one else may see, check or run it, nor read its report.
 */
class ImportEndpointExamples implements EndpointExamples {

    static final String SECRET_STREET = "Verborgen Importlaan";
    private String job = "00000000-0000-0000-0000-000000000000";

    @Override
    public void prepare(ApplicationContext context, ForeignTarget target) {
        UserAccounts accounts = context.getBean(UserAccounts.class);
        var access = accounts.accessFor(accounts.idOf("beheer.tdc"), Permission.DATA_EXCHANGE, Channel.BATCH);
        String csv = "Gemeente;BSN;Voornamen;Achternaam;Geboortedatum;Straat;Postcode\nGM0037;" + target.bsn() + ";Vreemd;" + target.lastName()
                + ";17-05-1984;" + SECRET_STREET + ";9501AB\n";
        job = context.getBean(ImportService.class).upload(access, "werkzoekenden", "vreemd.csv", csv.getBytes(StandardCharsets.UTF_8)).id().toString();
    }

    private static MockHttpServletRequestBuilder upload(String path, byte[] file) {
        return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .contentType(org.springframework.http.MediaType.MULTIPART_FORM_DATA).param("soort", "werkzoekenden").with(request -> {
                    request.addPart(new org.springframework.mock.web.MockPart("bestand", "t.csv", file, org.springframework.http.MediaType.TEXT_PLAIN));
                    return request;
                });
    }

    @Override
    public Map<String, Function<ForeignTarget, MockHttpServletRequestBuilder>> examples() {
        byte[] file = "BSN;Achternaam\n123;Test\n".getBytes(StandardCharsets.UTF_8);
        Map<String, Function<ForeignTarget, MockHttpServletRequestBuilder>> e = new LinkedHashMap<>();
        e.put("GET /import", t -> get("/import"));
        e.put("POST /import", t -> upload("/import", file).with(csrf()));
        e.put("GET /import/{id}", t -> get("/import/" + job));
        e.put("GET /import/{id}/koppeling", t -> get("/import/" + job + "/koppeling"));
        e.put("GET /import/{id}/stand", t -> get("/import/" + job + "/stand"));
        e.put("GET /import/{id}/rapport.csv", t -> get("/import/" + job + "/rapport.csv"));
        e.put("POST /import/{id}/controle", t -> form(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/import/" + job + "/controle"),
                "kolom.bsn=BSN&kolom.achternaam=Achternaam"));
        e.put("POST /import/{id}/uitvoering", t -> form(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/import/" + job + "/uitvoering"),
                "modus=geldige-rijen"));
        e.put("POST /api/v1/importen", t -> upload("/api/v1/importen", file));
        e.put("GET /api/v1/importen", t -> get("/api/v1/importen"));
        e.put("GET /api/v1/importen/{id}", t -> get("/api/v1/importen/" + job));
        e.put("GET /api/v1/importen/{id}/fouten", t -> get("/api/v1/importen/" + job + "/fouten"));
        e.put("POST /api/v1/importen/{id}/controle", t -> json(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                "/api/v1/importen/" + job + "/controle"), "{}"));
        e.put("POST /api/v1/importen/{id}/uitvoering", t -> json(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                "/api/v1/importen/" + job + "/uitvoering"), "{\"modus\":\"geldige-rijen\"}"));
        e.put("GET /api/v1/importvelden", t -> get("/api/v1/importvelden"));
        e.put("GET /api/v1/importkoppelingen", t -> get("/api/v1/importkoppelingen"));
        return e;
    }

    @Override
    public String fingerprint(JdbcClient jdbc, ForeignTarget target) {
        return jdbc.sql("SELECT status || version FROM import_job WHERE id = ?").param(java.util.UUID.fromString(job)).query(String.class).optional().orElse("")
                + jdbc.sql("SELECT COUNT(*) FROM client WHERE municipality_code = 'GM0037'").query(Long.class).single();
    }

    @Override
    public java.util.List<String> secrets() {
        return java.util.List.of(SECRET_STREET);
    }
}
