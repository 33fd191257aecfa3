package nl.opstap.journal;

import static nl.opstap.testsupport.Fixtures.STEENWIJKERLAND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.opstap.access.UserAccounts;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientId;
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

/** The journal through API and screens: who reads which type, corrections, bad input. */
@OpstapIntegrationTest
class JournalIT {

    static final String CASEWORKER = "Bearer demo-token-consulent.steenwijkerland";
    static final String JOBCOACH = "Bearer demo-token-jobcoach.igsd";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    @Autowired UserAccounts accounts;
    @Autowired ClientDirectory directory;
    ClientId client;

    @BeforeEach
    void setUp() {
        client = new Fixtures(accounts, directory).client(STEENWIJKERLAND, "Journaal", Fixtures.unique("Klant"));
    }

    private MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request, String token) {
        return request.header("Authorization", token).contentType(MediaType.APPLICATION_JSON);
    }

    private String base() {
        return "/api/v1/werkzoekenden/" + client + "/journaal";
    }

    private String write(String token, String type, String text) throws Exception {
        String body = mvc.perform(api(post(base()), token).content("""
                        {"soort": "%s", "onderwerp": "Onderwerp %s", "tekst": "%s"}""".formatted(type, type, text)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("id").asString();
    }

    private long count() {
        return jdbc.sql("SELECT COUNT(*) FROM journal_entry WHERE client_id = ?").param(client.value()).query(Long.class).single();
    }

    @Test
    void aJobcoachSeesNoHealthNotesAnywhere() throws Exception {
        String secret = "Medisch geheim " + Fixtures.unique("x");
        String medical = write(CASEWORKER, "medisch-zorg", secret);
        write(CASEWORKER, "gespreksverslag", "Gewoon gesprek");
        var jobcoach = user("jobcoach.igsd");

        mvc.perform(get("/werkzoekenden/" + client + "/journaal").with(jobcoach)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Gewoon gesprek"))).andExpect(content().string(not(containsString(secret))));
        mvc.perform(get("/werkzoekenden/" + client + "/tijdlijn").with(jobcoach)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Gewoon gesprek"))).andExpect(content().string(not(containsString(secret))));
        mvc.perform(get("/api/v1/werkzoekenden/" + client + "/tijdlijn").header("Authorization", JOBCOACH)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Gewoon gesprek"))).andExpect(content().string(not(containsString(secret))));
        mvc.perform(api(get(base()), JOBCOACH)).andExpect(status().isOk()).andExpect(jsonPath("$.journaal.length()").value(1))
                .andExpect(content().string(not(containsString(secret))));
        mvc.perform(api(get(base() + "/" + medical), JOBCOACH)).andExpect(status().isNotFound());
        mvc.perform(get("/werkzoekenden/" + client + "/journaal/" + medical).with(jobcoach)).andExpect(status().isNotFound());
        mvc.perform(api(get(base()).param("soort", "medisch-zorg"), JOBCOACH)).andExpect(jsonPath("$.journaal.length()").value(0));
        // a jobcoach cannot write what they cannot read
        mvc.perform(api(post(base()), JOBCOACH).content("{\"soort\": \"medisch-zorg\", \"tekst\": \"x\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("soort"));
        // the caseworker sees both, in the API and the timeline
        mvc.perform(api(get(base()), CASEWORKER)).andExpect(jsonPath("$.journaal.length()").value(2));
        mvc.perform(get("/api/v1/werkzoekenden/" + client + "/tijdlijn").header("Authorization", CASEWORKER))
                .andExpect(content().string(containsString(secret)));
        // an administrator reads no journal text
        mvc.perform(get("/werkzoekenden/" + client + "/journaal").with(user("beheer.igsd"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Gewoon gesprek"))));
        mvc.perform(get("/werkzoekenden/" + client + "/tijdlijn").with(user("beheer.igsd")))
                .andExpect(content().string(not(containsString("Gewoon gesprek"))));
    }

    @Test
    void aCorrectionKeepsTheOldTextAndOnlyTheAuthorCorrects() throws Exception {
        String id = write(CASEWORKER, "telefoonnotitie", "Eerste versie");
        mvc.perform(api(post(base() + "/" + id + "/correctie"), JOBCOACH).content("{\"tekst\": \"Overschreven\"}"))
                .andExpect(status().isConflict());
        mvc.perform(api(post(base() + "/" + id + "/correctie"), CASEWORKER).content("{\"tekst\": \"Tweede versie\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.tekst").value("Tweede versie"))
                .andExpect(jsonPath("$.gecorrigeerd").value(true)).andExpect(jsonPath("$.versies[0].tekst").value("Eerste versie"));
        mvc.perform(get("/werkzoekenden/" + client + "/journaal/" + id).with(user("consulent.steenwijkerland")))
                .andExpect(content().string(containsString("Eerste versie"))).andExpect(content().string(containsString("Tweede versie")));
        mvc.perform(get("/api/v1/werkzoekenden/" + client + "/tijdlijn").header("Authorization", CASEWORKER))
                .andExpect(jsonPath("$[?(@.toelichting == 'Eerste versie')].gecorrigeerd").value(true));
    }

    @Test
    void impossibleInputIsRefusedAndNothingStored() throws Exception {
        mvc.perform(api(post(base()), CASEWORKER).content("{\"soort\": \"roddel\", \"tekst\": \"\", \"datum\": \"2999-01-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(api(post(base()), CASEWORKER).content("{\"soort\": \"overig\", \"tekst\": \"x\", \"datum\": \"2999-01-01\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("datum"));
        mvc.perform(api(post(base()), CASEWORKER).content("{\"soort\": \"overig\", \"tekst\": \"" + "a".repeat(10_001) + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("tekst"));
        mvc.perform(post("/werkzoekenden/" + client + "/journaal").with(user("consulent.steenwijkerland")).with(csrf())
                        .param("type", "OVERIG").param("text", "").param("date", "2999-01-01"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Vul de tekst in.")));
        mvc.perform(post("/werkzoekenden/" + client + "/journaal").with(user("consulent.steenwijkerland")).with(csrf())
                        .param("type", "OVERIG").param("text", "Tekst").param("date", "2999-01-01"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("toekomst")));
        mvc.perform(post("/werkzoekenden/" + client + "/journaal").with(user("analist.igsd")).with(csrf())
                .param("type", "OVERIG").param("text", "Tekst")).andExpect(status().isForbidden());
        assertThat(count()).isZero();
        mvc.perform(post("/werkzoekenden/" + client + "/journaal").with(user("consulent.steenwijkerland")).with(csrf())
                .param("type", "OVERIG").param("text", "Tekst via scherm")).andExpect(status().is3xxRedirection());
        assertThat(count()).isOne();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM processing_log WHERE activity = 'opstap-06'").query(Long.class).single()).isPositive();
    }
}
