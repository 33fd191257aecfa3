package nl.opstap.plan;

import static nl.opstap.testsupport.Fixtures.STEENWIJKERLAND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import nl.opstap.access.Access;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** "Mijn plan": a job seeker reads the agreed version of their own plan, never a concept and never another's. */
@OpstapIntegrationTest
class OwnPlanIT {

    @Autowired MockMvc mvc;
    @Autowired UserAccounts accounts;
    @Autowired ClientDirectory clients;
    @Autowired PlanService plans;
    @Autowired JdbcClient jdbc;

    private Fixtures fixtures;
    private ClientId own;
    private String jobSeeker;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(accounts, clients);
        own = fixtures.client(STEENWIJKERLAND, "Plan", Fixtures.unique("Lezer"));
        jobSeeker = Fixtures.unique("werkzoekende");
        fixtures.jobSeeker(jobSeeker, own, STEENWIJKERLAND);
    }

    private static PlanContent plan(String goal, String agreement) {
        return new PlanContent("Werk in de zorg", null, List.of(new PlanContent.Goal(goal, null)),
                List.of(new PlanContent.Agreement(Party.CLIENT, agreement)), List.of());
    }

    @Test
    void aConceptIsNotShownAndTheAgreedVersionIs() throws Exception {
        Access caseworker = fixtures.caseworkerAccess(STEENWIJKERLAND);
        plans.start(caseworker, own, plan("Concepttekst die nog niet af is", "Nog niet afgesproken"));
        mvc.perform(get("/mijn-plan").with(user(jobSeeker))).andExpect(status().isOk())
                .andExpect(content().string(containsString("U heeft nog geen plan")))
                .andExpect(content().string(not(containsString("Concepttekst"))));
        mvc.perform(get("/api/v1/mijn/plan").with(user(jobSeeker))).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/mijn-plan/pdf").with(user(jobSeeker))).andExpect(status().isNotFound());

        plans.approve(caseworker, own, 0, LocalDate.now());
        mvc.perform(get("/mijn-plan").with(user(jobSeeker))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Concepttekst die nog niet af is")))
                .andExpect(content().string(containsString("Nog niet afgesproken")));
        mvc.perform(get("/api/v1/mijn/plan").with(user(jobSeeker))).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("vastgesteld"))
                .andExpect(jsonPath("$.inhoud.afspraken[0].omschrijving").value("Nog niet afgesproken"))
                .andExpect(jsonPath("$._links.pdf.href").value("/mijn-plan/pdf"));
        byte[] pdf = mvc.perform(get("/mijn-plan/pdf").with(user(jobSeeker))).andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF)).andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Concepttekst die nog niet af is");
        }
    }

    @Test
    void aRevisionIsAgreedAtOnceAndReplacesTheEarlierVersion() throws Exception {
        Access caseworker = fixtures.caseworkerAccess(STEENWIJKERLAND);
        plans.start(caseworker, own, plan("Afgesproken doel", "Ik solliciteer twee keer per week"));
        plans.approve(caseworker, own, 0, LocalDate.now());
        int lock = jdbc.sql("SELECT lock_version FROM plan WHERE client_id = ?").param(own.value()).query(Integer.class).single();
        plans.revise(caseworker, own, plan("Herzien doel in wording", "Nieuw"), lock, "Evaluatie", LocalDate.now());
        mvc.perform(get("/mijn-plan").with(user(jobSeeker))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Herzien doel in wording")))
                .andExpect(content().string(not(containsString("Afgesproken doel"))));
    }

    @Test
    void staffAndEmployersHaveNoOwnPlan() throws Exception {
        mvc.perform(get("/mijn-plan").with(user("consulent.steenwijkerland"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/mijn/plan").with(user("werkgever.demo"))).andExpect(status().isForbidden());
    }
}
