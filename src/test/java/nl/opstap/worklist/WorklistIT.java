package nl.opstap.worklist;

import static nl.opstap.testsupport.Fixtures.STADSKANAAL;
import static nl.opstap.testsupport.Fixtures.STEENWIJKERLAND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
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

/** Worklists and bulk reassignment through the screens and the API, on the real database. */
@OpstapIntegrationTest
class WorklistIT {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserAccounts accounts;
    @Autowired ClientDirectory clients;
    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(accounts, clients);
    }

    private UUID caseworkerOf(ClientId client) {
        return jdbc.sql("SELECT caseworker_id FROM client WHERE id = ?").param(client.value()).query(UUID.class).optional().orElse(null);
    }

    @Test
    void theCaseworkerAndTheTeamLeadSeeTheirLists() throws Exception {
        mvc.perform(get("/werklijst").with(user("consulent.steenwijkerland"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Mijn werklijst")));
        mvc.perform(get("/werklijst/team").with(user("analist.igsd"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Niet toegewezen")));
        mvc.perform(get("/werklijst/team/" + accounts.idOf("consulent.steenwijkerland")).with(user("analist.igsd")))
                .andExpect(status().isOk());
        mvc.perform(get("/werklijst/team/geen").with(user("analist.igsd"))).andExpect(status().isOk());
        mvc.perform(get("/werklijst/team/niet-een-id").with(user("analist.igsd"))).andExpect(status().isNotFound());
        mvc.perform(get("/werklijst").with(user("analist.igsd"))).andExpect(status().isForbidden());
    }

    @Test
    void theTeamOverviewListsEveryCaseworkerWithTheirCaseload() throws Exception {
        mvc.perform(get("/api/v1/werklijst/team").header("Authorization", "Bearer demo-token-analist.igsd"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[-1].klantmanagerId").doesNotExist())
                .andExpect(jsonPath("$[*].aantalWerkzoekenden").isNotEmpty());
    }

    @Test
    void aTeamLeadReassignsSeveralClientsAtOnce() throws Exception {
        ClientId one = fixtures.client(STEENWIJKERLAND, "Een", Fixtures.unique("Herverdeeld"));
        ClientId two = fixtures.client(STEENWIJKERLAND, "Twee", Fixtures.unique("Herverdeeld"));
        var colleague = accounts.idOf("consulent2.steenwijkerland");

        mvc.perform(post("/werklijst/herverdelen").with(user("analist.igsd")).with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("clientIds=" + one + "&clientIds=" + two + "&caseworkerId=" + colleague + "&terug=geen"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("reassigned", 2));

        assertThat(caseworkerOf(one)).isEqualTo(colleague.value());
        assertThat(caseworkerOf(two)).isEqualTo(colleague.value());
    }

    @Test
    void aReassignmentWithOneForeignClientChangesNothing() throws Exception {
        ClientId mine = fixtures.client(STEENWIJKERLAND, "Eigen", Fixtures.unique("Blijft"));
        ClientId foreign = fixtures.client(STADSKANAAL, "Vreemd", Fixtures.unique("Blijft"));
        var colleague = accounts.idOf("consulent2.steenwijkerland");

        mvc.perform(post("/api/v1/werklijst/herverdelingen").header("Authorization", "Bearer demo-token-analist.igsd")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"werkzoekenden\": [\"" + mine + "\", \"" + foreign + "\"], \"klantmanagerId\": \"" + colleague + "\"}"))
                .andExpect(status().isNotFound());

        assertThat(caseworkerOf(mine)).isNull();
    }

    @Test
    void aCaseworkerOfAnotherMunicipalityIsRefusedAndNothingChanges() throws Exception {
        ClientId mine = fixtures.client(STEENWIJKERLAND, "Eigen", Fixtures.unique("Blijft"));
        var westerveld = accounts.idOf("consulent.westerveld");

        mvc.perform(post("/api/v1/werklijst/herverdelingen").header("Authorization", "Bearer demo-token-analist.igsd")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"werkzoekenden\": [\"" + mine + "\"], \"klantmanagerId\": \"" + westerveld + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(content().string(containsString("klantmanager")));
        assertThat(caseworkerOf(mine)).isNull();

        mvc.perform(post("/api/v1/werklijst/herverdelingen").header("Authorization", "Bearer demo-token-analist.igsd")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"werkzoekenden\": []}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name").value(org.hamcrest.Matchers.hasItems("werkzoekenden", "klantmanagerId")));
    }
}
