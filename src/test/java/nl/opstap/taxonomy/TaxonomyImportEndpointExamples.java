package nl.opstap.taxonomy;

import static nl.opstap.testsupport.EndpointExamples.form;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import nl.opstap.organisation.Municipalities;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.organisation.OrganisationId;
import nl.opstap.testsupport.EndpointExamples;
import nl.opstap.testsupport.Fixtures;
import nl.opstap.testsupport.ForeignTarget;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockPart;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The ESCO import, skill and competence endpoints for the authorisation test: the competence list of the
 * TDC organisation, and an ESCO set that must never be stored (it names an unknown skill).
 */
class TaxonomyImportEndpointExamples implements EndpointExamples {

    private UUID tdc = new UUID(0, 0);
    private UUID foreignCompetence = new UUID(0, 0);

    @Override
    public void prepare(ApplicationContext context, ForeignTarget target) {
        OrganisationId organisation = context.getBean(Municipalities.class).find(new MunicipalityCode(Fixtures.STADSKANAAL)).orElseThrow()
                .organisationId();
        tdc = organisation.value();
        foreignCompetence = context.getBean(Competences.class).of(organisation).getFirst().id();
    }

    /** An ESCO upload as parts added to a plain request (the multipart builder is no MockHttpServletRequestBuilder). */
    private static MockHttpServletRequestBuilder upload(String path) {
        return post(path).contentType(MediaType.MULTIPART_FORM_DATA).param("versie", "Indringer").with(request -> {
            invalidSet().forEach((name, content) -> request.addPart(new MockPart(name, name + ".csv",
                    content.getBytes(StandardCharsets.UTF_8), MediaType.TEXT_PLAIN)));
            return request;
        });
    }

    private static Map<String, String> invalidSet() {
        String occupations = "conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,code\n"
                + "Occupation,http://data.europa.eu/esco/occupation/indringer-1,9999,Indringerberoep,,9999.1\n";
        String relations = "occupationUri,relationType,skillType,skillUri\n"
                + "http://data.europa.eu/esco/occupation/indringer-1,essential,skill,http://data.europa.eu/esco/skill/onbekend\n";
        return Map.of("beroepen", occupations, "relaties", relations);
    }

    @Override
    public Map<String, Function<ForeignTarget, MockHttpServletRequestBuilder>> examples() {
        Map<String, Function<ForeignTarget, MockHttpServletRequestBuilder>> e = new LinkedHashMap<>();
        e.put("GET /beheer/esco", t -> get("/beheer/esco"));
        e.put("POST /beheer/esco", t -> upload("/beheer/esco").with(csrf()));
        e.put("POST /api/v1/esco/importen", t -> upload("/api/v1/esco/importen"));
        e.put("GET /api/v1/esco/importen", t -> get("/api/v1/esco/importen"));
        e.put("GET /api/v1/vaardigheden", t -> get("/api/v1/vaardigheden").param("zoek", "heftruck"));
        e.put("GET /api/v1/beroepen/{sleutel}/vaardigheden", t -> get("/api/v1/beroepen/00030d09-2b3a-4efd-87cc-c4ea39d27c34/vaardigheden"));
        e.put("GET /api/v1/competenties", t -> get("/api/v1/competenties"));
        e.put("GET /beheer/competenties", t -> get("/beheer/competenties").param("organisatie", tdc.toString()));
        e.put("POST /beheer/competenties", t -> form(post("/beheer/competenties"),
                "organisatie=" + tdc + "&kind=VAKVAARDIGHEID&name=Indringercompetentie"));
        e.put("POST /beheer/competenties/{id}/naam", t -> form(post("/beheer/competenties/" + foreignCompetence + "/naam"),
                "organisatie=" + tdc + "&name=Gekaapte competentie"));
        e.put("POST /beheer/competenties/{id}/status", t -> form(post("/beheer/competenties/" + foreignCompetence + "/status"),
                "organisatie=" + tdc + "&actief=false"));
        return e;
    }

    @Override
    public String fingerprint(JdbcClient jdbc, ForeignTarget target) {
        String competences = jdbc.sql("SELECT COUNT(*) || '/' || COALESCE(MAX(name), '') || '/' || COALESCE(SUM(CASE WHEN active THEN 1 ELSE 0 END), 0) "
                + "FROM competence WHERE organisation_id = ?").param(tdc).query(String.class).single();
        String esco = jdbc.sql("SELECT (SELECT COUNT(*) FROM esco_occupation) || '/' || (SELECT COUNT(*) FROM esco_skill) || '/' "
                + "|| (SELECT COUNT(*) FROM esco_occupation_skill) || '/' || (SELECT COUNT(*) FROM esco_import)").query(String.class).single();
        return competences + ";" + esco;
    }

    @Override
    public List<String> secrets() {
        return List.of("Gekaapte competentie", "Indringercompetentie");
    }
}
