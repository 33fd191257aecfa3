package nl.opstap.shared.web;

import static nl.opstap.testsupport.Fixtures.STEENWIJKERLAND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.opstap.access.UserAccounts;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientId;
import nl.opstap.testsupport.Fixtures;
import nl.opstap.testsupport.OpstapIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Values of the wrong JSON type are refused per field, never rounded or converted and stored. */
@OpstapIntegrationTest
class StrictJsonIT {

    static final String CASEWORKER = "Bearer demo-token-consulent.steenwijkerland";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserAccounts accounts;
    @Autowired ClientDirectory clients;

    @Test
    void fractionsForWholeNumbersAndNumbersForTextAreRefused() throws Exception {
        ClientId client = new Fixtures(accounts, clients).client(STEENWIJKERLAND, "Streng", Fixtures.unique("Json"));
        String base = "/api/v1/werkzoekenden/" + client;
        for (String body : new String[] {"{\"trede\": 3.5, \"ingangsdatum\": \"2026-11-01\"}",
                "{\"trede\": \"drie\", \"ingangsdatum\": \"2026-11-01\"}"}) {
            mvc.perform(post(base + "/laddertreden").header("Authorization", CASEWORKER).contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isBadRequest()).andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.invalidParams[0].name").value("trede"));
        }
        mvc.perform(post(base + "/journaal").header("Authorization", CASEWORKER).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"soort\": \"overig\", \"tekst\": 12345}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("tekst"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM diagnosis_fact WHERE client_id = ?").param(client.value()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM journal_entry WHERE client_id = ?").param(client.value()).query(Long.class).single()).isZero();
    }
}
