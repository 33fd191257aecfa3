package nl.opstap.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import nl.opstap.access.UserAccounts;
import nl.opstap.client.BenefitChange;
import nl.opstap.client.BenefitStatus;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientId;
import nl.opstap.testsupport.Fixtures;
import nl.opstap.testsupport.OpstapIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Outflow and re-entry through the API: the benefit history follows, the revolving door is flagged, durability is computed. */
@OpstapIntegrationTest
class OutflowIT {

    static final String CASEWORKER = PlacementIT.CASEWORKER;

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserAccounts accounts;
    @Autowired ClientDirectory clients;

    private ClientId onBenefitSince(LocalDate from) {
        Fixtures fixtures = new Fixtures(accounts, clients);
        ClientId client = fixtures.client(Fixtures.STEENWIJKERLAND, "Sanne", Fixtures.unique("Uitstroom"));
        clients.changeBenefit(fixtures.caseworkerAccess(Fixtures.STEENWIJKERLAND), client, new BenefitChange(BenefitStatus.RECIPIENT, from));
        return client;
    }

    private ResultActions post(ClientId client, String what, String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                        "/api/v1/werkzoekenden/" + client.value() + "/" + what)
                .header("Authorization", CASEWORKER).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private String benefit(ClientId client) {
        return String.join(",", jdbc.sql("SELECT status || ':' || valid_from || ':' || COALESCE(CAST(valid_to AS VARCHAR), '-') "
                + "FROM client_benefit_status WHERE client_id = ? ORDER BY valid_from").param(client.value()).query(String.class).list());
    }

    @Test
    void aFullOutflowEndsTheBenefitAndAReturnWithinAYearIsARevolvingDoor() throws Exception {
        ClientId client = onBenefitSince(LocalDate.of(2024, 1, 1));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/werkzoekenden/" + client.value()
                        + "/plaatsingen").header("Authorization", CASEWORKER).contentType(MediaType.APPLICATION_JSON)
                .content("{\"soort\": \"regulier-werk\", \"startdatum\": \"2025-02-01\", \"einddatum\": \"2025-06-30\", "
                        + "\"redenEinde\": \"Proeftijd niet gehaald\", \"urenPerWeek\": 36}")).andExpect(status().isCreated());
        String placement = jdbc.sql("SELECT CAST(id AS VARCHAR) FROM placement WHERE client_id = ?").param(client.value()).query(String.class).single();

        post(client, "uitstroom", "{\"datum\": \"2025-02-01\", \"reden\": \"werk\", \"omvang\": \"volledig\", \"plaatsingId\": \"%s\"}"
                .formatted(placement)).andExpect(status().isCreated()).andExpect(jsonPath("$.reden").value("werk"));
        assertThat(benefit(client)).isEqualTo("RECIPIENT:2024-01-01:2025-02-01");
        post(client, "uitstroom", "{\"datum\": \"2025-03-01\", \"reden\": \"werk\", \"omvang\": \"volledig\"}")
                .andExpect(status().isConflict()).andExpect(content().string(org.hamcrest.Matchers.containsString("geen lopende uitkeringsstatus")));

        post(client, "herinstroom", "{\"datum\": \"2025-08-01\"}").andExpect(status().isCreated())
                .andExpect(jsonPath("$.draaideur").value(true)).andExpect(jsonPath("$.draaideurperiodeMaanden").value(12));
        assertThat(benefit(client)).isEqualTo("RECIPIENT:2024-01-01:2025-02-01,RECIPIENT:2025-08-01:-");
        post(client, "herinstroom", "{\"datum\": \"2025-09-01\"}").andExpect(status().isConflict());

        mvc.perform(get("/api/v1/werkzoekenden/" + client.value() + "/uitstroom").header("Authorization", CASEWORKER))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].herinstroom.draaideur").value(true))
                .andExpect(jsonPath("$[0].duurzaamheid[0].maanden").value(3))
                .andExpect(jsonPath("$[0].duurzaamheid[0].uitUitkering").value(true))
                .andExpect(jsonPath("$[0].duurzaamheid[0].aanHetWerk").value(true))
                .andExpect(jsonPath("$[0].duurzaamheid[1].uitUitkering").value(false))
                .andExpect(jsonPath("$[0].duurzaamheid[1].aanHetWerk").value(false))
                .andExpect(jsonPath("$[0].duurzaamheid[2].uitUitkering").value(false));
    }

    @Test
    void aReturnAfterTheWindowIsNoRevolvingDoorAndAPartialOutflowKeepsTheBenefit() throws Exception {
        ClientId client = onBenefitSince(LocalDate.of(2020, 1, 1));
        post(client, "uitstroom", "{\"datum\": \"2021-01-01\", \"reden\": \"verhuizing\", \"omvang\": \"volledig\"}").andExpect(status().isCreated());
        post(client, "herinstroom", "{\"datum\": \"2022-06-01\"}").andExpect(status().isCreated()).andExpect(jsonPath("$.draaideur").value(false));
        post(client, "uitstroom", "{\"datum\": \"2023-01-01\", \"reden\": \"werk\", \"omvang\": \"gedeeltelijk\"}").andExpect(status().isCreated());
        assertThat(benefit(client)).endsWith("RECIPIENT:2022-06-01:-");
        mvc.perform(get("/api/v1/werkzoekenden/" + client.value() + "/uitstroom").header("Authorization", CASEWORKER))
                .andExpect(jsonPath("$", hasSize(2))).andExpect(jsonPath("$[0].uitstroom.omvang").value("gedeeltelijk"))
                .andExpect(jsonPath("$[0].duurzaamheid[0].uitUitkering").value(false))
                .andExpect(jsonPath("$[0].herinstroom").doesNotExist());
    }

    @Test
    void badInputIsRefusedInDutchWithNothingStored() throws Exception {
        ClientId client = onBenefitSince(LocalDate.of(2024, 1, 1));
        long before = jdbc.sql("SELECT COUNT(*) FROM outflow").query(Long.class).single();
        post(client, "uitstroom", "{\"datum\": \"2099-01-01\"}").andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.invalidParams[*].name", hasItem("datum")))
                .andExpect(jsonPath("$.invalidParams[*].name", hasItem("reden")))
                .andExpect(jsonPath("$.invalidParams[*].name", hasItem("omvang")));
        post(client, "uitstroom", "{\"datum\": \"2025-01-01\", \"reden\": \"loterij\", \"omvang\": \"volledig\"}").andExpect(status().isBadRequest());
        post(client, "uitstroom", "{\"datum\": \"2025-01-01\", \"reden\": \"werk\", \"omvang\": \"volledig\", \"plaatsingId\": \"%s\"}"
                .formatted(java.util.UUID.randomUUID())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name", hasItem("plaatsingId")));
        post(client, "herinstroom", "{\"datum\": \"2025-01-01\"}").andExpect(status().isConflict());
        post(client, "herinstroom", "{}").andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[*].name", hasItem("datum")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outflow").query(Long.class).single()).isEqualTo(before);
        assertThat(benefit(client)).isEqualTo("RECIPIENT:2024-01-01:-");
        ClientId foreign = new Fixtures(accounts, clients).client(Fixtures.STADSKANAAL, "Tess", Fixtures.unique("Uitstroom"));
        post(foreign, "uitstroom", "{\"datum\": \"2025-01-01\", \"reden\": \"werk\", \"omvang\": \"volledig\"}").andExpect(status().isNotFound());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/werkzoekenden/" + client.value()
                        + "/uitstroom").header("Authorization", "Bearer demo-token-jobcoach.igsd").contentType(MediaType.APPLICATION_JSON)
                .content("{\"datum\": \"2025-01-01\", \"reden\": \"werk\", \"omvang\": \"volledig\"}")).andExpect(status().isForbidden());
    }
}
