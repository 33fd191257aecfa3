package nl.opstap.portfolio;

import static nl.opstap.testsupport.Fixtures.STEENWIJKERLAND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import nl.opstap.access.Role;
import nl.opstap.access.UserAccounts;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientId;
import nl.opstap.testsupport.Fixtures;
import nl.opstap.testsupport.OpstapIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/** Uploads checked by content and size, downloads only by those allowed, with safe headers; nothing half-stored. */
@OpstapIntegrationTest
class DocumentIT {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserAccounts accounts;
    @Autowired ClientDirectory clients;
    @LocalServerPort int port;

    private Fixtures fixtures;
    private String seeker;
    private ClientId file;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(accounts, clients);
        String lastName = Fixtures.unique("Document");
        file = fixtures.client(STEENWIJKERLAND, "Dirk", lastName);
        seeker = "document." + lastName.toLowerCase();
        fixtures.jobSeeker(seeker, file, STEENWIJKERLAND);
    }

    private MockHttpServletResponse send(AbstractMockHttpServletRequestBuilder<?> request, String username) throws Exception {
        return mvc.perform(request.with(user(username)).with(csrf())).andReturn().getResponse();
    }

    private MvcResult upload(String name, byte[] bytes, String declared) throws Exception {
        return mvc.perform(multipart("/mijn-portfolio/documenten").file(new MockMultipartFile("file", name, declared, bytes))
                .param("kind", "cv").with(user(seeker)).with(csrf())).andReturn();
    }

    private long documents(ClientId client) {
        return jdbc.sql("SELECT COUNT(*) FROM portfolio_document WHERE client_id = ?").param(client.value()).query(Long.class).single();
    }

    private UUID onlyDocument(ClientId client) {
        return jdbc.sql("SELECT id FROM portfolio_document WHERE client_id = ?").param(client.value()).query(UUID.class).single();
    }

    @Test
    void aRealPdfIsStoredAndDownloadedAsAnAttachmentWithSafeHeaders() throws Exception {
        byte[] pdf = DocumentSamples.pdf();
        assertThat(upload("Mijn cv <2026>.pdf", pdf, "text/html").getFlashMap().get("notice")).isEqualTo("portfolio.document.saved");
        UUID id = onlyDocument(file);
        assertThat(jdbc.sql("SELECT content_type FROM portfolio_document WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("application/pdf");

        MockHttpServletResponse download = send(get("/mijn-portfolio/documenten/" + id), seeker);
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentAsByteArray()).isEqualTo(pdf);
        assertThat(download.getContentType()).isEqualTo("application/pdf");
        assertThat(download.getHeader("Content-Disposition")).startsWith("attachment").contains("filename*=UTF-8''Mijn%20cv%202026.pdf");
        assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.getHeaders("Content-Security-Policy")).contains("sandbox");
        assertThat(send(get("/mijn-portfolio"), seeker).getContentAsString()).contains("Mijn cv 2026.pdf");
        assertThat(send(get("/werkzoekenden/" + file + "/portfolio/documenten/" + id), PortfolioIT.CASEWORKER).getStatus()).isEqualTo(200);
        long logged = jdbc.sql("SELECT COUNT(*) FROM processing_log WHERE activity = 'opstap-14'").query(Long.class).single();
        assertThat(logged).isPositive();

        send(post("/mijn-portfolio/documenten/" + id + "/verwijderen"), seeker);
        assertThat(documents(file)).isZero();
    }

    @Test
    void wrongTypesAndDamagedFilesAreRefusedWhateverTheirNameAndNothingIsStored() throws Exception {
        for (Supplier<byte[]> bad : Stream.<Supplier<byte[]>>of(DocumentSamples::html, DocumentSamples::exe, DocumentSamples::zip,
                DocumentSamples::pdfHeaderWithGarbage, () -> new byte[0]).toList()) {
            MvcResult answer = upload("cv.pdf", bad.get(), "application/pdf");
            assertThat(answer.getResponse().getRedirectedUrl()).isEqualTo("/mijn-portfolio#documenten");
            assertThat((String) answer.getFlashMap().get("uploadError")).isNotBlank();
        }
        assertThat(documents(file)).isZero();
        MockHttpServletResponse api = mvc.perform(multipart("/api/v1/mijn/documenten").file(new MockMultipartFile("bestand", "cv.pdf",
                "application/pdf", DocumentSamples.html())).param("soort", "cv").header("Authorization", "Bearer demo-token-" + seeker))
                .andReturn().getResponse();
        assertThat(api.getStatus()).isEqualTo(400);
        assertThat(api.getContentType()).contains("application/problem+json");
        assertThat(api.getContentAsString()).contains("bestand", "PDF, PNG of JPG");
        assertThat(documents(file)).isZero();
    }

    @Test
    void imagesAreAcceptedByContent() throws Exception {
        upload("foto.pdf", DocumentSamples.png(), "application/pdf");
        upload("scan", DocumentSamples.jpeg(), "application/octet-stream");
        assertThat(jdbc.sql("SELECT display_name FROM portfolio_document WHERE client_id = ? ORDER BY display_name")
                .param(file.value()).query(String.class).list()).containsExactly("foto.png", "scan.jpg");
    }

    @Test
    void aSixMegabyteUploadIsRefusedInDutchOnTheScreenAndInTheApi() throws Exception {
        byte[] big = new byte[6 * 1024 * 1024];
        System.arraycopy(DocumentSamples.pdf(), 0, big, 0, 100);
        MvcResult screen = upload("groot.pdf", big, "application/pdf");
        assertThat((String) screen.getFlashMap().get("uploadError")).contains("te groot", "5 MB");
        MockHttpServletResponse api = mvc.perform(multipart("/api/v1/mijn/documenten").file(new MockMultipartFile("bestand", "groot.pdf",
                "application/pdf", big)).param("soort", "cv").header("Authorization", "Bearer demo-token-" + seeker)).andReturn().getResponse();
        assertThat(api.getStatus()).isEqualTo(400);
        assertThat(api.getContentAsString()).contains("te groot");
        assertThat(documents(file)).isZero();
    }

    @Test
    void aFiftyMegabyteUploadOverHttpGetsACleanDutchAnswerAndNothingIsStored() throws Exception {
        String boundary = "portfolio" + UUID.randomUUID();
        long size = 50L * 1024 * 1024;
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"soort\"\r\n\r\ncv\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"bestand\"; filename=\"groot.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        HttpRequest.BodyPublisher body = nl.opstap.testsupport.LargeBodies.of(head, size, (byte) 'x', tail);
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/mijn/documenten")).header("Authorization", "Bearer demo-token-" + seeker)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(body).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isIn(400, 413);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(answer.body()).contains("te groot").doesNotContain("Exception");
        assertThat(documents(file)).isZero();
    }

    @Test
    void nobodyElseDownloadsOrDeletesADocument() throws Exception {
        upload("cv.pdf", DocumentSamples.pdf(), "application/pdf");
        UUID id = onlyDocument(file);
        ClientId other = fixtures.client(STEENWIJKERLAND, "Ander", Fixtures.unique("Ander"));
        String otherSeeker = "document.ander." + other.value().toString().substring(0, 8);
        fixtures.jobSeeker(otherSeeker, other, STEENWIJKERLAND);
        String employer = "document.werkgever";
        fixtures.user(employer, Role.EMPLOYER, STEENWIJKERLAND);

        assertThat(send(get("/mijn-portfolio/documenten/" + id), otherSeeker).getStatus()).isEqualTo(404);
        assertThat(send(post("/mijn-portfolio/documenten/" + id + "/verwijderen"), otherSeeker).getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/api/v1/mijn/documenten/" + id).header("Authorization", "Bearer demo-token-" + otherSeeker))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(delete("/api/v1/mijn/documenten/" + id).header("Authorization", "Bearer demo-token-" + otherSeeker))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(send(get("/werkzoekenden/" + file + "/portfolio/documenten/" + id), otherSeeker).getStatus()).isEqualTo(403);
        assertThat(send(get("/mijn-portfolio/documenten/" + id), employer).getStatus()).isEqualTo(403);
        assertThat(send(get("/werkzoekenden/" + file + "/portfolio/documenten/" + id), employer).getStatus()).isEqualTo(403);
        assertThat(send(get("/werkzoekenden/" + file + "/portfolio/documenten/" + id), "consulent.stadskanaal").getStatus()).isEqualTo(404);
        assertThat(send(post("/werkzoekenden/" + file + "/portfolio/documenten/" + id + "/verwijderen"), "consulent.stadskanaal")
                .getStatus()).isEqualTo(404);
        assertThat(documents(file)).isEqualTo(1);

        assertThat(send(post("/werkzoekenden/" + file + "/portfolio/documenten/" + id + "/verwijderen"), PortfolioIT.CASEWORKER)
                .getRedirectedUrl()).endsWith("/portfolio");
        assertThat(documents(file)).isZero();

        String jobcoach = "document.jobcoach";
        fixtures.user(jobcoach, Role.JOBCOACH, STEENWIJKERLAND);
        assertThat(send(multipart("/werkzoekenden/" + file + "/portfolio/documenten").file(new MockMultipartFile("file", "d.pdf",
                "application/pdf", DocumentSamples.pdf())).param("kind", "diploma"), jobcoach).getStatus()).isEqualTo(403);
        send(multipart("/werkzoekenden/" + file + "/portfolio/documenten").file(new MockMultipartFile("file", "diploma.pdf",
                "application/pdf", DocumentSamples.pdf())).param("kind", "diploma"), PortfolioIT.CASEWORKER);
        assertThat(send(get("/mijn-portfolio"), seeker).getContentAsString()).contains("diploma.pdf", "Diploma of certificaat");
    }
}
