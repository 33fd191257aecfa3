package nl.opstap.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import nl.opstap.access.Access;
import nl.opstap.access.Channel;
import nl.opstap.access.Permission;
import nl.opstap.access.UserAccounts;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientId;
import nl.opstap.employer.EmployerForm;
import nl.opstap.employer.Employers;
import nl.opstap.employer.SbiSection;
import nl.opstap.testsupport.Fixtures;
import nl.opstap.testsupport.OpstapIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Placements through the API: the year of follow-up planned at once, the rules refused with nothing stored, the log. */
@OpstapIntegrationTest
class PlacementIT {

    static final String CASEWORKER = "Bearer demo-token-consulent.steenwijkerland";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserAccounts accounts;
    @Autowired ClientDirectory clients;
    @Autowired Employers employers;

    private String employer(String manager, String municipality) {
        Access access = accounts.accessFor(accounts.idOf(manager), Permission.EMPLOYER_WRITE, Channel.BATCH);
        String kvk = String.valueOf(10_000_000 + (int) (Math.random() * 89_999_999));
        return employers.importEmployers(access, List.of(new EmployerForm(kvk, "Plaatsingtest " + kvk, SbiSection.C, "Markt", "1", "8331AB",
                "Steenwijk", municipality, 30, false, false, null, null))).getFirst().id().toString();
    }

    private ResultActions register(ClientId client, String body) throws Exception {
        return mvc.perform(post("/api/v1/werkzoekenden/" + client.value() + "/plaatsingen").header("Authorization", CASEWORKER)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private long stored() {
        return jdbc.sql("SELECT (SELECT COUNT(*) FROM placement) + (SELECT COUNT(*) FROM follow_up)").query(Long.class).single();
    }

    @Test
    void aPlacementPlansAYearOfFollowUpWithEmployerAndClient() throws Exception {
        ClientId client = new Fixtures(accounts, clients).client(Fixtures.STEENWIJKERLAND, "Pieter", Fixtures.unique("Plaats"));
        String employer = employer("accountmanager.igsd", Fixtures.STEENWIJKERLAND);
        register(client, """
                {"soort": "regulier-werk", "werkgeverId": "%s", "startdatum": "2026-01-31", "urenPerWeek": 32, "loonkostensubsidie": true}"""
                .formatted(employer)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.plaatsing.soort").value("regulier-werk"))
                .andExpect(jsonPath("$.nazorg", hasSize(10)))
                .andExpect(jsonPath("$.nazorg[0].gepland").value("2026-02-28"))
                .andExpect(jsonPath("$.nazorg[9].gepland").value("2027-01-31"));
        String placement = jdbc.sql("SELECT CAST(id AS VARCHAR) FROM placement WHERE client_id = ?").param(client.value())
                .query(String.class).single();
        String first = jdbc.sql("SELECT CAST(id AS VARCHAR) FROM follow_up WHERE placement_id = CAST(? AS UUID) AND months_after = 1 "
                + "AND party = 'werkgever'").param(placement).query(String.class).single();
        String url = "/api/v1/plaatsingen/" + placement + "/nazorg/" + first;
        mvc.perform(post(url).header("Authorization", CASEWORKER).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"gehouden\": \"2026-03-02\", \"uitkomst\": \"Gaat goed, vaste uren\", \"signaal\": false}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.nazorg[0].uitkomst").value("Gaat goed, vaste uren"));
        mvc.perform(post(url).header("Authorization", CASEWORKER).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"gehouden\": \"2025-01-01\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[*].name", hasItem("gehouden")))
                .andExpect(jsonPath("$.invalidParams[*].name", hasItem("uitkomst")));
        mvc.perform(get("/api/v1/werkzoekenden/" + client.value() + "/plaatsingen").header("Authorization", CASEWORKER))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(1)));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM processing_log WHERE activity = 'opstap-12' AND action = 'CREATE'").query(Long.class).single())
                .isPositive();
    }

    @Test
    void theRulesAreRefusedInDutchWithNothingStored() throws Exception {
        ClientId client = new Fixtures(accounts, clients).client(Fixtures.STEENWIJKERLAND, "Quinten", Fixtures.unique("Plaats"));
        String foreignEmployer = employer("accountmanager.tdc", Fixtures.STADSKANAAL);
        long before = stored();
        register(client, """
                {"soort": "afspraakbaan", "werkgeverId": "%s", "startdatum": "2026-03-01", "einddatum": "2026-02-01", "urenPerWeek": 0}"""
                .formatted(foreignEmployer)).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.invalidParams[*].name", hasItem("waaromNietHoger")))
                .andExpect(jsonPath("$.invalidParams[*].name", hasItem("einddatum")))
                .andExpect(jsonPath("$.invalidParams[*].name", hasItem("urenPerWeek")))
                .andExpect(jsonPath("$.invalidParams[*].name", hasItem("werkgeverId")));
        assertThat(stored()).isEqualTo(before);
        String wep = """
                {"soort": "werkervaringsplaats", "waaromNietHoger": "Eerst werkritme opbouwen", "startdatum": "2026-01-05", "urenPerWeek": 20}""";
        register(client, wep).andExpect(status().isCreated());
        register(client, wep).andExpect(status().isConflict());
        ClientId foreign = new Fixtures(accounts, clients).client(Fixtures.STADSKANAAL, "Roos", Fixtures.unique("Plaats"));
        register(foreign, wep).andExpect(status().isNotFound());
    }
}
