package nl.opstap.portfolio;

import static nl.opstap.testsupport.Fixtures.STEENWIJKERLAND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.LocalDate;
import java.util.UUID;
import nl.opstap.access.Role;
import nl.opstap.access.UserAccounts;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientId;
import nl.opstap.diagnosis.Diagnoses;
import nl.opstap.diagnosis.FactRecord;
import nl.opstap.diagnosis.TestType;
import nl.opstap.testsupport.Fixtures;
import nl.opstap.testsupport.OpstapIntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The job seeker's portfolio on screens and in the API: CRUD with versions, comments, test results, escaping and the CV. */
@OpstapIntegrationTest
class PortfolioIT {

    static final String CASEWORKER = "consulent.steenwijkerland";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserAccounts accounts;
    @Autowired ClientDirectory clients;
    @Autowired Diagnoses diagnoses;
    @Autowired PortfolioSummaries summaries;
    @Autowired PortfolioExport export;
    @Autowired PortfolioImport imports;

    private Fixtures fixtures;
    private String seeker;
    private ClientId file;
    private String lastName;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(accounts, clients);
        lastName = Fixtures.unique("Portfolio");
        file = fixtures.client(STEENWIJKERLAND, "Pien", lastName);
        seeker = "portfolio." + lastName.toLowerCase();
        fixtures.jobSeeker(seeker, file, STEENWIJKERLAND);
    }

    MockHttpServletResponse send(MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.with(user(username)).with(csrf())).andReturn().getResponse();
    }

    MockHttpServletResponse api(MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer demo-token-" + username)).andReturn().getResponse();
    }

    private long entries(ClientId client) {
        return jdbc.sql("SELECT COUNT(*) FROM portfolio_entry WHERE client_id = ?").param(client.value()).query(Long.class).single();
    }

    private UUID onlyEntry(ClientId client) {
        return jdbc.sql("SELECT id FROM portfolio_entry WHERE client_id = ?").param(client.value()).query(UUID.class).single();
    }

    @Test
    void aJobSeekerAddsChangesAndDeletesAnEntryOnTheScreens() throws Exception {
        MockHttpServletResponse added = send(post("/mijn-portfolio/werkervaring").param("title", "Kok").param("place", "Hotel Zuid")
                .param("from", "2020-03-01").param("body", "Koken voor 80 gasten").param("version", "0"), seeker);
        assertThat(added.getRedirectedUrl()).isEqualTo("/mijn-portfolio");
        UUID id = onlyEntry(file);
        assertThat(send(get("/mijn-portfolio"), seeker).getContentAsString()).contains("Kok", "Hotel Zuid", "Koken voor 80 gasten");
        assertThat(send(get("/mijn-portfolio/onderdelen/" + id), seeker).getContentAsString()).contains("Hotel Zuid");

        assertThat(send(post("/mijn-portfolio/onderdelen/" + id).param("title", "Chef-kok").param("place", "Hotel Zuid")
                .param("from", "2020-03-01").param("version", "1"), seeker).getRedirectedUrl()).isEqualTo("/mijn-portfolio");
        MockHttpServletResponse stale = send(post("/mijn-portfolio/onderdelen/" + id).param("title", "Hulpkok").param("place", "Hotel Zuid")
                .param("from", "2020-03-01").param("version", "1"), seeker);
        assertThat(stale.getStatus()).isEqualTo(200);
        assertThat(stale.getContentAsString()).contains("door iemand anders gewijzigd");
        assertThat(jdbc.sql("SELECT title FROM portfolio_entry WHERE id = ?").param(id).query(String.class).single()).isEqualTo("Chef-kok");

        MockHttpServletResponse invalid = send(post("/mijn-portfolio/werkervaring").param("title", "").param("place", "x".repeat(151))
                .param("version", "0"), seeker);
        assertThat(invalid.getStatus()).isEqualTo(200);
        assertThat(invalid.getContentAsString()).contains("Vul uw functie in.", "ten hoogste 150 tekens", "Vul in wanneer u begon.");
        assertThat(entries(file)).isEqualTo(1);

        send(post("/mijn-portfolio/onderdelen/" + id + "/verwijderen").param("version", "2"), seeker);
        assertThat(entries(file)).isZero();
    }

    @Test
    void aJobSeekerUsesTheApiWithVersions() throws Exception {
        MockHttpServletResponse created = api(post("/api/v1/mijn/portfolio/onderdelen").contentType(MediaType.APPLICATION_JSON)
                .content("{\"onderdeel\": \"opleiding\", \"titel\": \"Helpende zorg\", \"plaats\": \"ROC\", \"niveau\": \"mbo-2\", "
                        + "\"diploma\": true}"), seeker);
        assertThat(created.getStatus()).isEqualTo(201);
        assertThat(created.getHeader("ETag")).isEqualTo("\"1\"");
        UUID id = onlyEntry(file);
        String body = "{\"titel\": \"Helpende zorg en welzijn\", \"plaats\": \"ROC\", \"niveau\": \"mbo-2\"}";
        assertThat(api(put("/api/v1/mijn/portfolio/onderdelen/" + id).header("If-Match", "\"1\"").contentType(MediaType.APPLICATION_JSON)
                .content(body), seeker).getStatus()).isEqualTo(200);
        MockHttpServletResponse conflict = api(put("/api/v1/mijn/portfolio/onderdelen/" + id).header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON).content(body.replace("welzijn", "x")), seeker);
        assertThat(conflict.getStatus()).isEqualTo(412);
        assertThat(conflict.getContentType()).contains("application/problem+json");
        assertThat(conflict.getContentAsString()).contains("door iemand anders gewijzigd");

        MockHttpServletResponse invalid = api(post("/api/v1/mijn/portfolio/onderdelen").contentType(MediaType.APPLICATION_JSON)
                .content("{\"onderdeel\": \"werkervaring\", \"titel\": \"\"}"), seeker);
        assertThat(invalid.getStatus()).isEqualTo(400);
        assertThat(invalid.getContentAsString()).contains("titel", "Vul uw functie in.");
        assertThat(api(post("/api/v1/mijn/portfolio/onderdelen").contentType(MediaType.APPLICATION_JSON)
                .content("{\"onderdeel\": \"hobby\"}"), seeker).getStatus()).isEqualTo(400);

        String all = api(get("/api/v1/mijn/portfolio"), seeker).getContentAsString();
        assertThat(all).contains("\"onderdelen\"", "Helpende zorg en welzijn", "\"testuitslagen\"");
        assertThat(api(delete("/api/v1/mijn/portfolio/onderdelen/" + id).header("If-Match", "\"2\""), seeker).getStatus()).isEqualTo(204);
        assertThat(entries(file)).isZero();
    }

    @Test
    void aJobSeekerReachesNoOtherJobSeekersEntries() throws Exception {
        ClientId other = fixtures.client(STEENWIJKERLAND, "Bob", Fixtures.unique("Ander"));
        String otherSeeker = "portfolio.ander." + other.value().toString().substring(0, 8);
        fixtures.jobSeeker(otherSeeker, other, STEENWIJKERLAND);
        send(post("/mijn-portfolio/leerpunt").param("body", "Geheim leerpunt van B").param("version", "0"), otherSeeker);
        UUID id = onlyEntry(other);

        assertThat(send(get("/mijn-portfolio/onderdelen/" + id), seeker).getStatus()).isEqualTo(404);
        assertThat(send(post("/mijn-portfolio/onderdelen/" + id).param("body", "overschreven").param("version", "1"), seeker).getStatus())
                .isEqualTo(404);
        assertThat(send(post("/mijn-portfolio/onderdelen/" + id + "/verwijderen").param("version", "1"), seeker).getStatus()).isEqualTo(404);
        assertThat(api(put("/api/v1/mijn/portfolio/onderdelen/" + id).header("If-Match", "\"1\"").contentType(MediaType.APPLICATION_JSON)
                .content("{\"tekst\": \"overschreven\"}"), seeker).getStatus()).isEqualTo(404);
        assertThat(api(delete("/api/v1/mijn/portfolio/onderdelen/" + id).header("If-Match", "\"1\""), seeker).getStatus()).isEqualTo(404);
        assertThat(send(get("/mijn-portfolio"), seeker).getContentAsString()).doesNotContain("Geheim leerpunt van B");
        assertThat(send(get("/werkzoekenden/" + other + "/portfolio"), seeker).getStatus()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT body FROM portfolio_entry WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("Geheim leerpunt van B");
    }

    @Test
    void employersAndCaseworkersOfAnotherMunicipalityGetNothing() throws Exception {
        send(post("/mijn-portfolio/leerpunt").param("body", "Alleen voor mijn gemeente").param("version", "0"), seeker);
        String employer = "portfolio.werkgever";
        fixtures.user(employer, Role.EMPLOYER, STEENWIJKERLAND);
        assertThat(send(get("/mijn-portfolio"), employer).getStatus()).isEqualTo(403);
        assertThat(api(get("/api/v1/mijn/portfolio"), employer).getStatus()).isEqualTo(403);
        assertThat(send(get("/werkzoekenden/" + file + "/portfolio"), employer).getStatus()).isEqualTo(403);
        assertThat(api(get("/api/v1/werkzoekenden/" + file + "/portfolio"), employer).getStatus()).isEqualTo(403);

        String foreign = "consulent.stadskanaal";
        MockHttpServletResponse read = send(get("/werkzoekenden/" + file + "/portfolio"), foreign);
        assertThat(read.getStatus()).isEqualTo(404);
        assertThat(read.getContentAsString()).doesNotContain("Alleen voor mijn gemeente");
        assertThat(api(get("/api/v1/werkzoekenden/" + file + "/portfolio"), foreign).getStatus()).isEqualTo(404);
        send(post("/werkzoekenden/" + file + "/portfolio/opmerkingen").param("text", "Van buiten"), foreign);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM portfolio_comment WHERE client_id = ?").param(file.value()).query(Long.class).single())
                .isZero();
    }

    @Test
    void theCaseworkerSeesThePortfolioAndTheJobSeekerSeesTheCommentAndTestResults() throws Exception {
        send(post("/mijn-portfolio/leerpunt").param("body", "Ik kan plannen").param("version", "0"), seeker);
        UUID entry = onlyEntry(file);
        diagnoses.record(fixtures.caseworkerAccess(STEENWIJKERLAND), new FactRecord.TestFact(file, TestType.LANGUAGE, "Taalhuis",
                LocalDate.now().minusDays(3), "Niveau 1F gehaald", null, null));

        assertThat(send(get("/werkzoekenden/" + file + "/portfolio"), CASEWORKER).getContentAsString()).contains("Ik kan plannen");
        assertThat(send(post("/werkzoekenden/" + file + "/portfolio/opmerkingen").param("text", "Goed gedaan, ga zo door!"), CASEWORKER)
                .getRedirectedUrl()).endsWith("/portfolio#opmerkingen");
        assertThat(api(post("/api/v1/werkzoekenden/" + file + "/portfolio/opmerkingen").contentType(MediaType.APPLICATION_JSON)
                .content("{\"tekst\": \"Plannen is sterk.\", \"onderdeelId\": \"" + entry + "\"}"), CASEWORKER).getStatus()).isEqualTo(201);
        assertThat(api(post("/api/v1/werkzoekenden/" + file + "/portfolio/opmerkingen").contentType(MediaType.APPLICATION_JSON)
                .content("{\"tekst\": \"\"}"), CASEWORKER).getStatus()).isEqualTo(400);

        String own = send(get("/mijn-portfolio"), seeker).getContentAsString();
        String name = accounts.accessFor(accounts.idOf(CASEWORKER), nl.opstap.access.Permission.CLIENT_READ,
                nl.opstap.access.Channel.BATCH).user().displayName();
        assertThat(own).contains("Goed gedaan, ga zo door!", "Plannen is sterk.", name, "Niveau 1F gehaald", "Taalhuis");
        assertThat(api(get("/api/v1/werkzoekenden/" + file + "/portfolio"), CASEWORKER).getContentAsString())
                .contains("Plannen is sterk.", "Niveau 1F gehaald");
    }

    @Test
    void aScriptInATextFieldIsShownAsTextOnThePageAndInTheCv() throws Exception {
        String script = "<script>alert('portfolio')</script>";
        send(post("/mijn-portfolio/leerpunt").param("body", script).param("version", "0"), seeker);
        send(post("/mijn-portfolio/werkervaring").param("title", "<b>Kok</b>").param("place", "Hotel").param("from", "2020-01-01")
                .param("version", "0"), seeker);
        String page = send(get("/mijn-portfolio"), seeker).getContentAsString();
        assertThat(page).doesNotContain(script).contains("&lt;script&gt;alert(&#39;portfolio&#39;)&lt;/script&gt;");
        assertThat(send(get("/werkzoekenden/" + file + "/portfolio"), CASEWORKER).getContentAsString()).doesNotContain(script);

        MockHttpServletResponse cv = send(get("/mijn-portfolio/cv.pdf"), seeker);
        assertThat(cv.getStatus()).isEqualTo(200);
        assertThat(cv.getContentType()).isEqualTo("application/pdf");
        try (var pdf = Loader.loadPDF(cv.getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains(script, "<b>Kok</b>", "Pien " + lastName).doesNotContain("1984", "17-05");
        }
        assertThat(send(get("/werkzoekenden/" + file + "/portfolio/cv.pdf"), CASEWORKER).getStatus()).isEqualTo(200);
    }

    @Test
    void theJobSeekerChoosesTheContactDetailsOnTheCv() throws Exception {
        assertThat(send(post("/mijn-portfolio/cv-gegevens").param("email", "geen-adres").param("phone", "").param("place", "")
                .param("version", "0"), seeker).getContentAsString()).contains("naam@voorbeeld.nl");
        assertThat(send(post("/mijn-portfolio/cv-gegevens").param("email", "pien@voorbeeld.nl").param("phone", "0612345678")
                .param("place", "Steenwijk").param("version", "0"), seeker).getRedirectedUrl()).isEqualTo("/mijn-portfolio");
        try (var pdf = Loader.loadPDF(send(get("/mijn-portfolio/cv.pdf"), seeker).getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("pien@voorbeeld.nl", "0612345678", "Steenwijk");
        }
        assertThat(send(post("/mijn-portfolio/cv-gegevens").param("email", "").param("phone", "").param("place", "")
                .param("version", "0"), seeker).getContentAsString()).contains("door iemand anders gewijzigd");
    }

    @Test
    void aCompetenceFromTheOrganisationsListBecomesASkillForOtherModulesAndTheExport() throws Exception {
        nl.opstap.access.Access own = accounts.accessFor(accounts.idOf(seeker), nl.opstap.access.Permission.OWN_FILE,
                nl.opstap.access.Channel.BATCH);
        String key = imports.competenceKeys(own).getFirst();
        assertThat(send(get("/mijn-portfolio/vaardigheid/nieuw"), seeker).getContentAsString()).contains(key);
        assertThat(send(post("/mijn-portfolio/vaardigheid").param("skill", "competentie:" + UUID.randomUUID()).param("version", "0"), seeker)
                .getContentAsString()).contains("Kies een vaardigheid uit de lijst.");
        send(post("/mijn-portfolio/vaardigheid").param("skill", key).param("version", "0"), seeker);
        send(post("/mijn-portfolio/opleiding").param("title", "Kok").param("place", "ROC Friese Poort").param("level", "mbo-3")
                .param("diploma", "true").param("version", "0"), seeker);

        assertThat(summaries.skillsOf(file)).singleElement().satisfies(s -> {
            assertThat(s.key()).isEqualTo(key);
            assertThat(s.competence()).isTrue();
        });
        assertThat(summaries.educationOf(file)).singleElement().satisfies(e -> {
            assertThat(e.level()).isEqualTo("mbo-3");
            assertThat(e.diploma()).isTrue();
        });
        assertThat(export.of(own, file).entries()).hasSize(2);
        ClientId other = fixtures.client(STEENWIJKERLAND, "Ander", Fixtures.unique("Export"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> export.of(own, other))
                .isInstanceOf(nl.opstap.shared.domain.NotFoundException.class);
    }
}
