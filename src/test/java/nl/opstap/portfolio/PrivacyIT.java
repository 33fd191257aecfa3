package nl.opstap.portfolio;

import static nl.opstap.testsupport.Fixtures.STEENWIJKERLAND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.opstap.access.UserAccounts;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientId;
import nl.opstap.testsupport.Fixtures;
import nl.opstap.testsupport.OpstapIntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** "Mijn privacy": who viewed my file, and all my data as JSON and PDF; only ever the job seeker's own. */
@OpstapIntegrationTest
class PrivacyIT {

    @Autowired MockMvc mvc;
    @Autowired UserAccounts accounts;
    @Autowired ClientDirectory clients;

    private Fixtures fixtures;
    private ClientId own;
    private String jobSeeker;
    private String lastName;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(accounts, clients);
        lastName = Fixtures.unique("Privacy");
        own = fixtures.client(STEENWIJKERLAND, "Sam", lastName);
        jobSeeker = Fixtures.unique("werkzoekende");
        fixtures.jobSeeker(jobSeeker, own, STEENWIJKERLAND);
    }

    @Test
    void theJobSeekerSeesWhichRoleOpenedTheirFileAndWhen() throws Exception {
        mvc.perform(get("/werkzoekenden/" + own).with(user("consulent.steenwijkerland"))).andExpect(status().isOk());
        mvc.perform(get("/mijn-privacy").with(user(jobSeeker))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Klantmanager: bekeken")))
                .andExpect(content().string(containsString("Registratie en beheer werkzoekenden")))
                .andExpect(content().string(not(containsString("consulent.steenwijkerland"))));
        mvc.perform(get("/api/v1/mijn/verwerkingen").with(user(jobSeeker))).andExpect(status().isOk())
                .andExpect(jsonPath("$.verwerkingen[?(@.wie == 'Klantmanager')]").exists())
                .andExpect(jsonPath("$.verwerkingen[0].uZelf").value(true));
    }

    @Test
    void allTheirDataDownloadsAsJsonAndPdf() throws Exception {
        mvc.perform(get("/api/v1/mijn/gegevens").with(user(jobSeeker))).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(jsonPath("$.werkzoekende").value(containsString(lastName)))
                .andExpect(jsonPath("$.onderdelen[?(@.titel == 'Wie heeft uw dossier bekeken of gewijzigd')]").exists());
        byte[] pdf = mvc.perform(get("/mijn-privacy/gegevens.pdf").with(user(jobSeeker))).andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF)).andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains(lastName, "Wie heeft uw dossier bekeken");
        }
        mvc.perform(get("/mijn-privacy/gegevens.json").with(user(jobSeeker))).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
    }

    @Test
    void theDownloadHoldsThePortfolioAndTheConsentsWithTheirHistory() throws Exception {
        mvc.perform(post("/api/v1/mijn/portfolio/onderdelen").with(user(jobSeeker)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"onderdeel\": \"leerpunt\", \"tekst\": \"Op tijd komen lukt elke dag\"}"))
                .andExpect(status().is2xxSuccessful());
        mvc.perform(post("/mijn-privacy/toestemmingen/profiel").with(user(jobSeeker)).with(csrf()).param("pitch", "Ik werk graag buiten."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/mijn-privacy/toestemmingen/profiel/intrekken").with(user(jobSeeker)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/mijn/gegevens").with(user(jobSeeker))).andExpect(status().isOk())
                .andExpect(jsonPath("$.onderdelen[?(@.titel == 'E-portfolio')].gegevens[0].Toelichting").value("Op tijd komen lukt elke dag"))
                .andExpect(jsonPath("$.onderdelen[?(@.titel == 'Toestemmingen')].gegevens.length()").value(2))
                .andExpect(jsonPath("$.onderdelen[?(@.titel == 'Toestemmingen')].gegevens[0].Gegeven").value(false));
    }

    @Test
    void staffAndEmployersHaveNoPrivacyPageOfTheirOwn() throws Exception {
        mvc.perform(get("/mijn-privacy").with(user("consulent.steenwijkerland"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/mijn/gegevens").with(user("werkgever.demo"))).andExpect(status().isForbidden());
        mvc.perform(get("/mijn-privacy/gegevens.pdf").with(user("admin"))).andExpect(status().isForbidden());
    }
}
