package nl.opstap.plan;

import static nl.opstap.testsupport.Fixtures.STEENWIJKERLAND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import nl.opstap.access.UserAccounts;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientId;
import nl.opstap.testsupport.Fixtures;
import nl.opstap.testsupport.OpstapIntegrationTest;
import nl.opstap.worklist.WorkItem;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The plan through API and screens, on the real database. */
@OpstapIntegrationTest
class PlanIT {

    static final String CASEWORKER = "Bearer demo-token-consulent.steenwijkerland";
    static final String BODY = """
            {"perspectief": "Werk in de techniek", "herbeoordelingsdatum": "%s",
             "doelen": [{"omschrijving": "Betaald werk in de metaal", "streefdatum": "2030-01-01"}],
             "afspraken": [{"partij": "werkzoekende", "omschrijving": "Solliciteert vier keer per maand"}],
             "stappen": [{"omschrijving": "Techniektest maken", "uiterlijk": "2020-01-01", "verantwoordelijke": "dienst"}]}"""
            .formatted(LocalDate.now().plusMonths(1));

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserAccounts accounts;
    @Autowired ClientDirectory directory;
    @Autowired PlanWorklist worklist;
    @Autowired tools.jackson.databind.json.JsonMapper json;
    ClientId client;

    @BeforeEach
    void setUp() {
        client = new Fixtures(accounts, directory).client(STEENWIJKERLAND, "Plan", Fixtures.unique("Klant"));
    }

    static MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request) {
        return request.header("Authorization", CASEWORKER).contentType(MediaType.APPLICATION_JSON);
    }

    private String base() {
        return "/api/v1/werkzoekenden/" + client + "/plan";
    }

    private long versions() {
        return jdbc.sql("SELECT COUNT(*) FROM plan_version v JOIN plan p ON p.id = v.plan_id WHERE p.client_id = ?")
                .param(client.value()).query(Long.class).single();
    }

    @Test
    void conceptFixedRevisedClosedWithEveryVersionKeptAndOptimisticLocking() throws Exception {
        mvc.perform(api(get(base()))).andExpect(status().isNotFound());
        mvc.perform(api(post(base())).content(BODY)).andExpect(status().isCreated()).andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.status").value("concept"));
        mvc.perform(api(post(base())).content(BODY)).andExpect(status().isConflict());
        mvc.perform(api(put(base())).header("If-Match", "\"0\"").content(BODY.replace("metaal", "bouw")))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""));
        mvc.perform(api(put(base())).header("If-Match", "\"0\"").content(BODY)).andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.actueleVersie").value(1));
        mvc.perform(api(post(base() + "/vaststellen")).header("If-Match", "\"1\"").content("{\"datum\": \"2999-01-01\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("datum"));
        mvc.perform(api(post(base() + "/vaststellen")).header("If-Match", "\"1\"").content("{}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("vastgesteld")).andExpect(jsonPath("$.versie").value(2));
        mvc.perform(api(put(base())).header("If-Match", "\"2\"").content(BODY)).andExpect(status().isConflict());
        mvc.perform(api(post(base() + "/herzien")).header("If-Match", "\"2\"").content("{\"inhoud\": " + BODY + "}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("reden"));
        mvc.perform(api(post(base() + "/herzien")).header("If-Match", "\"2\"")
                        .content("{\"reden\": \"Evaluatie\", \"inhoud\": " + BODY.replace("metaal", "zorg") + "}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("herzien")).andExpect(jsonPath("$.versie").value(3));
        mvc.perform(api(post(base() + "/afsluiten")).header("If-Match", "\"3\"").content("{}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("reden"));
        mvc.perform(api(post(base() + "/afsluiten")).header("If-Match", "\"3\"").content("{\"reden\": \"Werk gevonden\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("afgesloten"));
        mvc.perform(api(post(base() + "/herzien")).header("If-Match", "\"4\"")
                .content("{\"reden\": \"x\", \"inhoud\": " + BODY + "}")).andExpect(status().isConflict());
        mvc.perform(api(get(base() + "/versies"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.versies[*].status").value(org.hamcrest.Matchers.contains("afgesloten", "herzien", "vastgesteld", "concept")));
        mvc.perform(api(get(base() + "/versies/2"))).andExpect(jsonPath("$.inhoud.doelen[0].omschrijving").value("Betaald werk in de bouw"));
        mvc.perform(api(get(base() + "/versies/9"))).andExpect(status().isNotFound());
        assertThat(versions()).isEqualTo(4);
        // a closed plan may be followed by a new one, and the closed plan's versions stay readable
        mvc.perform(api(post(base())).content(BODY)).andExpect(status().isCreated());
        String plans = "/api/v1/werkzoekenden/" + client + "/plannen";
        mvc.perform(api(get(plans))).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[1].status").value("afgesloten")).andExpect(jsonPath("$[1].versies.length()").value(4));
        String closed = json.readTree(mvc.perform(api(get(plans))).andReturn().getResponse().getContentAsString()).get(1)
                .get("planId").asString();
        mvc.perform(api(get(plans + "/" + closed + "/versies/3"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("herzien"));
        mvc.perform(get("/werkzoekenden/" + client + "/plan").with(user("consulent.steenwijkerland")))
                .andExpect(content().string(containsString("/plannen/" + closed + "/versies/4")));
        mvc.perform(get("/werkzoekenden/" + client + "/plannen/" + closed + "/versies/2").with(user("consulent.steenwijkerland")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("/plannen/" + closed + "/versies/2/pdf")));
        mvc.perform(get("/werkzoekenden/" + client + "/plannen/" + closed + "/versies/2/pdf").with(user("consulent.steenwijkerland")))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"));
        mvc.perform(api(get(plans + "/" + java.util.UUID.randomUUID() + "/versies/1"))).andExpect(status().isNotFound());
    }

    @Test
    void impossibleInputIsRefusedAndNothingStored() throws Exception {
        mvc.perform(api(post(base())).content("""
                        {"doelen": [{"omschrijving": ""}], "stappen": [{"omschrijving": "Stap", "uiterlijk": "morgen"}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(api(post(base())).content("""
                        {"doelen": [{"omschrijving": ""}], "afspraken": [{"omschrijving": "x"}],
                         "stappen": [{"omschrijving": "", "verantwoordelijke": "dienst"}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name", hasItem("doelen[0].omschrijving")))
                .andExpect(jsonPath("$.invalidParams[*].name", hasItem("afspraken[0].partij")))
                .andExpect(jsonPath("$.invalidParams[*].name", hasItem("stappen[0].uiterlijk")));
        mvc.perform(api(post(base())).content("""
                        {"doelen": [{"omschrijving": "Werk"}],
                         "stappen": [{"omschrijving": "Stap", "uiterlijk": "2020-01-01", "gedaanOp": "2999-01-01", "verantwoordelijke": "dienst"}]}"""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("stappen[0].gedaanOp"));
        mvc.perform(api(post(base())).content("{\"doelen\": []}")).andExpect(status().isCreated());
        mvc.perform(api(post(base() + "/vaststellen")).header("If-Match", "\"0\"").content("{}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("doelen"));
        assertThat(versions()).isEqualTo(1);
    }

    @Test
    void thePdfHoldsTheGoalsAndSignatureLinesButNoBsn() throws Exception {
        mvc.perform(api(post(base())).content(BODY)).andExpect(status().isCreated());
        byte[] pdf = mvc.perform(get(base() + "/pdf").header("Authorization", CASEWORKER))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        String bsn = jdbc.sql("SELECT bsn_index FROM client WHERE id = ?").param(client.value()).query(String.class).single();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Betaald werk in de metaal", "Handtekening werkzoekende", "Handtekening klantmanager",
                    "Steenwijkerland", "Techniektest maken", "concept").doesNotContain(bsn);
        }
        byte[] screen = mvc.perform(get("/werkzoekenden/" + client + "/plan/versies/1/pdf").with(user("consulent.steenwijkerland")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(screen).startsWith("%PDF".getBytes());
    }

    @Test
    void screensShowTheTabAllowedActionsAndBindErrorsNextToFields() throws Exception {
        var caseworker = user("consulent.steenwijkerland");
        mvc.perform(get("/werkzoekenden/" + client + "/plan").with(caseworker)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Nieuw plan opstellen")));
        mvc.perform(post("/werkzoekenden/" + client + "/plan").with(caseworker).with(csrf())
                        .param("content.goals[0].text", "").param("content.goals[0].targetDate", "")
                        .param("content.steps[0].description", "Stap zonder datum").param("content.steps[0].responsible", "CLIENT"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Vul in wanneer de stap uiterlijk")));
        assertThat(versions()).isZero();
        mvc.perform(post("/werkzoekenden/" + client + "/plan").with(caseworker).with(csrf()).param("content.goals[5000].text", "x"))
                .andExpect(status().isBadRequest());
        assertThat(versions()).isZero();
        mvc.perform(post("/werkzoekenden/" + client + "/plan").with(caseworker).with(csrf()).param("actie", "doel-toevoegen")
                        .param("content.goals[0].text", "Eerste doel"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("content.goals[1].text")));
        mvc.perform(post("/werkzoekenden/" + client + "/plan").with(caseworker).with(csrf())
                        .param("content.goals[0].text", "Werk vinden").param("content.agreements[0].party", "SERVICE")
                        .param("content.agreements[0].text", "Zoekt een werkervaringsplaats"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/werkzoekenden/" + client + "/plan").with(caseworker)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Werk vinden"))).andExpect(content().string(containsString("Vaststellen")));
        mvc.perform(post("/werkzoekenden/" + client + "/plan/vaststellen").with(caseworker).with(csrf())
                        .param("version", "0").param("on", "2999-01-01"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("toekomst")));
        mvc.perform(post("/werkzoekenden/" + client + "/plan/vaststellen").with(caseworker).with(csrf()).param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/werkzoekenden/" + client + "/plan").with(user("analist.igsd"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Werk vinden")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Plan afsluiten"))));
        mvc.perform(get("/werkzoekenden/" + client).with(caseworker)).andExpect(content().string(containsString("vastgesteld")));
        mvc.perform(get("/werkzoekenden/" + client + "/tijdlijn").with(caseworker))
                .andExpect(content().string(containsString("Plan van Perspectief versie 2: vastgesteld")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM processing_log WHERE activity = 'opstap-04'").query(Long.class).single()).isPositive();
    }

    @Test
    void reviewsAndOverdueStepsOfOpenPlansAreOnTheWorklist() throws Exception {
        mvc.perform(api(post(base())).content(BODY)).andExpect(status().isCreated());
        mvc.perform(api(post(base() + "/vaststellen")).header("If-Match", "\"0\"").content("{}")).andExpect(status().isOk());
        List<WorkItem> items = worklist.itemsFor(List.of(client), LocalDate.now(), LocalDate.now().plusMonths(2));
        assertThat(items).extracting(WorkItem::kindKey).containsExactlyInAnyOrder("worklist.kind.planReview", "worklist.kind.planStep");
        assertThat(worklist.itemsFor(List.of(client), LocalDate.now(), LocalDate.now())).extracting(WorkItem::kindKey)
                .containsExactly("worklist.kind.planStep");
    }
}
