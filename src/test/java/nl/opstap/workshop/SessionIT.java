package nl.opstap.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import nl.opstap.access.UserAccounts;
import nl.opstap.client.ClientDirectory;
import nl.opstap.employer.Employers;
import nl.opstap.testsupport.Fixtures;
import nl.opstap.testsupport.OpstapIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/** Temp-agency sessions through the API: the agency from the CRM, candidates once, the outcome not before the date, the log. */
@OpstapIntegrationTest
class SessionIT {

    static final String WI = WorkshopIT.WI;

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    @Autowired UserAccounts accounts;
    @Autowired ClientDirectory clients;
    @Autowired Employers employers;

    private Fixtures fixtures;
    private String agency;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(accounts, clients);
        agency = WorkshopIT.employer(accounts, employers, "accountmanager.igsd", "GM1708", "8331AB", "Steenwijk");
    }

    private static MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request) {
        return request.header("Authorization", WI).contentType(MediaType.APPLICATION_JSON);
    }

    private String body(LocalDate date, String extra) {
        return "{\"gemeente\": \"GM1708\", \"datum\": \"%s\", \"uitzendbureauId\": \"%s\", \"omschrijving\": \"Productiewerk\"%s}"
                .formatted(date, agency, extra);
    }

    private String create(LocalDate date) throws Exception {
        String answer = mvc.perform(api(post("/api/v1/uitzendsessies")).content(body(date, ""))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(answer).get("id").asString();
    }

    private String client() {
        return fixtures.client(Fixtures.STEENWIJKERLAND, "Sessie", Fixtures.unique("Kandidaat")).toString();
    }

    @Test
    void badSessionsAreRefusedAndNothingIsStored() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM agency_session").query(Long.class).single();
        mvc.perform(api(post("/api/v1/uitzendsessies")).content(body(LocalDate.now(), "").replace(agency, java.util.UUID.randomUUID().toString())))
                .andExpect(status().isBadRequest()).andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.invalidParams[0].name").value("uitzendbureauId"));
        mvc.perform(api(post("/api/v1/uitzendsessies")).content(body(LocalDate.now(), "").replace("GM1708", "GM0047")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[*].name", hasItem("gemeente")));
        mvc.perform(api(post("/api/v1/uitzendsessies")).content("{\"gemeente\": \"GM1708\", \"datum\": \"morgen\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[*].name", hasItem("datum")))
                .andExpect(jsonPath("$.invalidParams[*].name", hasItem("uitzendbureauId")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM agency_session").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void theOutcomeIsRecordedFromTheSessionDateOnForProposedCandidates() throws Exception {
        String planned = create(LocalDate.now().plusDays(7));
        String candidate = client();
        mvc.perform(api(post("/api/v1/uitzendsessies/" + planned + "/kandidaten")).content("{\"werkzoekendeId\": \"" + candidate + "\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.kandidaten[0].werkzoekendeId").value(candidate));
        mvc.perform(api(post("/api/v1/uitzendsessies/" + planned + "/kandidaten")).content("{\"werkzoekendeId\": \"" + candidate + "\"}"))
                .andExpect(status().isConflict());
        String outcome = "{\"toelichting\": \"Goed gesprek\", \"kandidaten\": [{\"werkzoekendeId\": \"%s\", \"resultaat\": \"aangenomen\"}]}";
        mvc.perform(api(post("/api/v1/uitzendsessies/" + planned + "/uitkomst")).content(outcome.formatted(candidate)))
                .andExpect(status().isBadRequest()).andExpect(content().string(org.hamcrest.Matchers.containsString("vanaf de dag van de sessie")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM agency_session_candidate WHERE outcome IS NOT NULL AND session_id = CAST(? AS UUID)")
                .param(planned).query(Long.class).single()).isZero();

        String held = create(LocalDate.now().minusDays(1));
        String proposed = client();
        mvc.perform(api(post("/api/v1/uitzendsessies/" + held + "/kandidaten")).content("{\"werkzoekendeId\": \"" + proposed + "\"}"))
                .andExpect(status().isCreated());
        mvc.perform(api(post("/api/v1/uitzendsessies/" + held + "/uitkomst")).content(outcome.formatted(candidate)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("kandidaten[0].werkzoekendeId"));
        mvc.perform(api(post("/api/v1/uitzendsessies/" + held + "/uitkomst")).content(outcome.formatted(proposed).replace("aangenomen", "misschien")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("kandidaten[0].resultaat"));
        long updated = jdbc.sql("SELECT COUNT(*) FROM processing_log WHERE activity = 'opstap-10' AND action = 'UPDATE'").query(Long.class).single();
        mvc.perform(api(post("/api/v1/uitzendsessies/" + held + "/uitkomst")).content(outcome.formatted(proposed)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.uitkomstVastgelegd").value(true))
                .andExpect(jsonPath("$.toelichting").value("Goed gesprek")).andExpect(jsonPath("$.kandidaten[0].resultaat").value("aangenomen"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM processing_log WHERE activity = 'opstap-10' AND action = 'UPDATE'").query(Long.class).single())
                .isEqualTo(updated + 1);
        mvc.perform(api(put("/api/v1/uitzendsessies/" + held)).header("If-Match", "\"1\"").content(body(LocalDate.now().plusDays(3), "")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("datum"));
        mvc.perform(api(put("/api/v1/uitzendsessies/" + held)).header("If-Match", "\"1\"").content(body(LocalDate.now().minusDays(2), "")))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"2\""));
        mvc.perform(api(get("/api/v1/uitzendsessies"))).andExpect(status().isOk()).andExpect(jsonPath("$.uitzendsessies[*].id", hasItem(held)));
        mvc.perform(get("/api/v1/uitzendsessies/" + held).header("Authorization", WorkshopIT.TDC)).andExpect(status().isNotFound());
    }
}
