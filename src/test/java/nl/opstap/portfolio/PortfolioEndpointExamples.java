package nl.opstap.portfolio;

import static nl.opstap.testsupport.EndpointExamples.form;
import static nl.opstap.testsupport.EndpointExamples.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import nl.opstap.client.ClientRef;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.testsupport.EndpointExamples;
import nl.opstap.testsupport.Fixtures;
import nl.opstap.testsupport.ForeignTarget;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockPart;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The portfolio endpoints for the authorisation test, aimed at the foreign (Stadskanaal) client's portfolio: an entry, a
 * comment and a document made in prepare. Job seeker endpoints take no client id, so a job seeker's request can only
 * ever touch their own file; the entry and document ids are the foreign ones.
 */
class PortfolioEndpointExamples implements EndpointExamples {

    static final String SECRET = "Geheim portfoliopunt Kanaalstreek";
    private String entry = "00000000-0000-0000-0000-000000000000";
    private String document = "00000000-0000-0000-0000-000000000000";

    @Override
    public void prepare(ApplicationContext context, ForeignTarget target) {
        MunicipalityCode stadskanaal = new MunicipalityCode(Fixtures.STADSKANAAL);
        PortfolioEntryForm checked = PortfolioEntryRules.check(PortfolioSection.LEERPUNT,
                new PortfolioEntryForm(null, null, null, null, null, null, null, false, SECRET, 0), LocalDate.now());
        PortfolioEntry e = PortfolioEntry.create(target.client(), stadskanaal, PortfolioSection.LEERPUNT, checked, Instant.now());
        context.getBean(PortfolioEntries.class).insert(e, target.foreignUser().value());
        entry = e.id().toString();
        ClientRef ref = new ClientRef(target.client(), stadskanaal, "Stadskanaal", target.lastName(), LocalDate.of(1984, 5, 17), null);
        byte[] pdf = DocumentSamples.pdf();
        PortfolioDocument d = new PortfolioDocument(new DocumentId(UUID.randomUUID()), DocumentKind.CV, "geheim.pdf", "application/pdf",
                pdf.length, DocumentService.sha256(pdf), Instant.now(), "Consulent");
        context.getBean(Documents.class).insert(ref, d, pdf, target.foreignUser().value());
        document = d.id().toString();
        context.getBean(PortfolioComments.class).insert(ref, e.id(), "Opmerking Kanaalstreek", target.foreignUser().value(), "Consulent",
                Instant.now());
    }

    private static MockHttpServletRequestBuilder upload(String path, String kindField, String fileField) {
        return post(path).contentType(MediaType.MULTIPART_FORM_DATA).param(kindField, "cv").with(request -> {
            request.addPart(new MockPart(fileField, "cv.pdf", DocumentSamples.pdf(), MediaType.APPLICATION_PDF));
            return request;
        });
    }

    @Override
    public Map<String, Function<ForeignTarget, MockHttpServletRequestBuilder>> examples() {
        Map<String, Function<ForeignTarget, MockHttpServletRequestBuilder>> e = new LinkedHashMap<>();
        String entryForm = "title=Indringer&place=Kanaal&from=2020-01-01&body=Indringer&version=1";
        e.put("GET /mijn-portfolio", t -> get("/mijn-portfolio"));
        e.put("GET /mijn-portfolio/cv.pdf", t -> get("/mijn-portfolio/cv.pdf"));
        e.put("GET /mijn-portfolio/cv-gegevens", t -> get("/mijn-portfolio/cv-gegevens"));
        e.put("POST /mijn-portfolio/cv-gegevens", t -> form(post("/mijn-portfolio/cv-gegevens"), "email=&phone=&place=Kanaal&version=0"));
        e.put("GET /mijn-portfolio/{section}/nieuw", t -> get("/mijn-portfolio/vaardigheid/nieuw?zoek=koken"));
        e.put("POST /mijn-portfolio/{section}", t -> form(post("/mijn-portfolio/werkervaring"), entryForm.replace("version=1", "version=0")));
        e.put("GET /mijn-portfolio/onderdelen/{id}", t -> get("/mijn-portfolio/onderdelen/" + entry));
        e.put("POST /mijn-portfolio/onderdelen/{id}", t -> form(post("/mijn-portfolio/onderdelen/" + entry), entryForm));
        e.put("POST /mijn-portfolio/onderdelen/{id}/verwijderen", t -> form(post("/mijn-portfolio/onderdelen/" + entry + "/verwijderen"),
                "version=1"));
        e.put("POST /mijn-portfolio/documenten", t -> upload("/mijn-portfolio/documenten", "kind", "file")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()));
        e.put("GET /mijn-portfolio/documenten/{id}", t -> get("/mijn-portfolio/documenten/" + document));
        e.put("POST /mijn-portfolio/documenten/{id}/verwijderen", t -> form(post("/mijn-portfolio/documenten/" + document + "/verwijderen"), ""));
        String staff = "/werkzoekenden/{clientId}/portfolio";
        e.put("GET " + staff, t -> get("/werkzoekenden/" + t.client() + "/portfolio"));
        e.put("POST " + staff + "/opmerkingen", t -> form(post("/werkzoekenden/" + t.client() + "/portfolio/opmerkingen"),
                "text=Indringer&entry=" + entry));
        e.put("GET " + staff + "/cv.pdf", t -> get("/werkzoekenden/" + t.client() + "/portfolio/cv.pdf"));
        e.put("POST " + staff + "/documenten", t -> upload("/werkzoekenden/" + t.client() + "/portfolio/documenten", "kind", "file")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()));
        e.put("GET " + staff + "/documenten/{documentId}", t -> get("/werkzoekenden/" + t.client() + "/portfolio/documenten/" + document));
        e.put("POST " + staff + "/documenten/{documentId}/verwijderen", t -> form(post("/werkzoekenden/" + t.client()
                + "/portfolio/documenten/" + document + "/verwijderen"), ""));
        e.put("GET /api/v1/mijn/portfolio", t -> get("/api/v1/mijn/portfolio"));
        e.put("POST /api/v1/mijn/portfolio/onderdelen", t -> json(post("/api/v1/mijn/portfolio/onderdelen"),
                "{\"onderdeel\": \"leerpunt\", \"tekst\": \"Indringer\"}"));
        e.put("GET /api/v1/mijn/portfolio/onderdelen/{id}", t -> get("/api/v1/mijn/portfolio/onderdelen/" + entry));
        e.put("PUT /api/v1/mijn/portfolio/onderdelen/{id}", t -> json(put("/api/v1/mijn/portfolio/onderdelen/" + entry), "{\"tekst\": \"Indringer\"}")
                .header("If-Match", "\"1\""));
        e.put("DELETE /api/v1/mijn/portfolio/onderdelen/{id}", t -> delete("/api/v1/mijn/portfolio/onderdelen/" + entry).header("If-Match", "\"1\""));
        e.put("POST /api/v1/mijn/documenten", t -> upload("/api/v1/mijn/documenten", "soort", "bestand"));
        e.put("GET /api/v1/mijn/documenten/{id}", t -> get("/api/v1/mijn/documenten/" + document));
        e.put("DELETE /api/v1/mijn/documenten/{id}", t -> delete("/api/v1/mijn/documenten/" + document));
        e.put("GET /api/v1/werkzoekenden/{id}/portfolio", t -> get("/api/v1/werkzoekenden/" + t.client() + "/portfolio"));
        e.put("POST /api/v1/werkzoekenden/{id}/portfolio/opmerkingen", t -> json(post("/api/v1/werkzoekenden/" + t.client()
                + "/portfolio/opmerkingen"), "{\"tekst\": \"Indringer\"}"));
        return e;
    }

    /** Counts, versions and texts of the foreign client's portfolio rows. */
    @Override
    public String fingerprint(JdbcClient jdbc, ForeignTarget target) {
        UUID client = target.client().value();
        List<String> parts = List.of(
                jdbc.sql("SELECT COUNT(*) || ':' || COALESCE(SUM(version), 0) || ':' || COALESCE(MAX(body), '') FROM portfolio_entry "
                        + "WHERE client_id = ?").param(client).query(String.class).single(),
                jdbc.sql("SELECT COUNT(*) || ':' || COALESCE(MAX(body), '') FROM portfolio_comment WHERE client_id = ?").param(client)
                        .query(String.class).single(),
                jdbc.sql("SELECT COUNT(*) || ':' || COALESCE(MAX(sha256), '') FROM portfolio_document WHERE client_id = ?").param(client)
                        .query(String.class).single(),
                jdbc.sql("SELECT COUNT(*) FROM portfolio_cv_contact WHERE client_id = ?").param(client).query(String.class).single());
        return String.join("|", parts);
    }

    @Override
    public List<String> secrets() {
        return List.of(SECRET, "Opmerking Kanaalstreek");
    }
}
