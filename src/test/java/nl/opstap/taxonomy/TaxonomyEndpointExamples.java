package nl.opstap.taxonomy;

import static nl.opstap.testsupport.EndpointExamples.form;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import nl.opstap.organisation.Municipalities;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.testsupport.EndpointExamples;
import nl.opstap.testsupport.Fixtures;
import nl.opstap.testsupport.ForeignTarget;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The reference-list endpoints aimed at the TDC organisation's sector list, for the authorisation test. */
class TaxonomyEndpointExamples implements EndpointExamples {

    private UUID tdc;

    @Override
    public void prepare(ApplicationContext context, ForeignTarget target) {
        tdc = context.getBean(Municipalities.class).find(new MunicipalityCode(Fixtures.STADSKANAAL)).orElseThrow().organisationId().value();
    }

    @Override
    public Map<String, Function<ForeignTarget, MockHttpServletRequestBuilder>> examples() {
        Map<String, Function<ForeignTarget, MockHttpServletRequestBuilder>> e = new LinkedHashMap<>();
        e.put("GET /beheer/sectoren", t -> get("/beheer/sectoren").param("organisatie", tdc.toString()));
        e.put("POST /beheer/sectoren", t -> form(post("/beheer/sectoren"), "organisatie=" + tdc + "&name=Indringersector"));
        e.put("POST /beheer/sectoren/{code}/naam", t -> form(post("/beheer/sectoren/BOUW/naam"), "organisatie=" + tdc + "&name=Gekaapt"));
        e.put("POST /beheer/sectoren/{code}/status", t -> form(post("/beheer/sectoren/BOUW/status"), "organisatie=" + tdc + "&actief=false"));
        e.put("GET /api/v1/sectoren", t -> get("/api/v1/sectoren"));
        e.put("GET /api/v1/beroepen", t -> get("/api/v1/beroepen").param("zoek", "kok"));
        e.put("GET /beroepen/suggesties", t -> get("/beroepen/suggesties").param("zoek", "kok"));
        return e;
    }

    @Override
    public String fingerprint(JdbcClient jdbc, ForeignTarget target) {
        return jdbc.sql("SELECT COUNT(*) || '/' || COALESCE(MAX(name), '') || '/' || COALESCE(SUM(CASE WHEN active THEN 1 ELSE 0 END), 0) "
                + "FROM sector WHERE organisation_id = ? OR organisation_id IS NULL").param(tdc).query(String.class).single();
    }

    @Override
    public java.util.List<String> secrets() {
        return java.util.List.of("Gekaapt", "Indringersector");
    }
}
