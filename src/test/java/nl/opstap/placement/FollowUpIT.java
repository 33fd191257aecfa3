package nl.opstap.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
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
import org.springframework.test.web.servlet.ResultActions;

/**
 * The follow-up year through the API: the jobcoach's due and overdue contacts, a signal that reopens support, ending a
 * placement, and a hired match that becomes a placement in one step.
 */
@OpstapIntegrationTest
class FollowUpIT {

    static final String JOBCOACH = "Bearer demo-token-jobcoach.igsd";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserAccounts accounts;
    @Autowired ClientDirectory clients;

    private ResultActions send(String token, String url, String body) throws Exception {
        return mvc.perform(post(url).header("Authorization", token).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private UUID placement(ClientId client, String body) throws Exception {
        send(PlacementIT.CASEWORKER, "/api/v1/werkzoekenden/" + client.value() + "/plaatsingen", body).andExpect(status().isCreated());
        return jdbc.sql("SELECT id FROM placement WHERE client_id = ? ORDER BY created_at DESC").param(client.value())
                .query(UUID.class).list().getFirst();
    }

    private UUID followUp(UUID placement, int months, String party) {
        return jdbc.sql("SELECT id FROM follow_up WHERE placement_id = ? AND months_after = ? AND party = ?").params(placement, months, party)
                .query(UUID.class).single();
    }

    @Test
    void theJobcoachSeesOverdueContactsRecordsASignalAndReopensSupport() throws Exception {
        UUID coach = accounts.idOf("jobcoach.igsd").value();
        ClientId client = new Fixtures(accounts, clients).client(Fixtures.STEENWIJKERLAND, "Umut", Fixtures.unique("Nazorg"));
        LocalDate start = LocalDate.now().minusMonths(2);
        UUID p = placement(client, "{\"soort\": \"regulier-werk\", \"startdatum\": \"%s\", \"urenPerWeek\": 24, \"jobcoachId\": \"%s\"}"
                .formatted(start, coach));
        UUID first = followUp(p, 1, "werkgever");
        mvc.perform(get("/api/v1/nazorg").header("Authorization", JOBCOACH)).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.nazorgId == '%s')].teLaat".formatted(first)).value(hasItem(true)));

        send(JOBCOACH, "/api/v1/plaatsingen/" + p + "/nazorg/" + first, """
                {"gehouden": "%s", "uitkomst": "Werkgever meldt veel verzuim", "signaal": true, "ondersteuningHeropenen": true}"""
                .formatted(LocalDate.now())).andExpect(status().isOk())
                .andExpect(jsonPath("$.heropendeOndersteuning", hasSize(1)))
                .andExpect(jsonPath("$.heropendeOndersteuning[0].gesloten").doesNotExist());
        mvc.perform(get("/api/v1/nazorg").header("Authorization", JOBCOACH))
                .andExpect(jsonPath("$[*].nazorgId", not(hasItem(first.toString()))));
        UUID reopening = jdbc.sql("SELECT id FROM support_reopening WHERE placement_id = ?").param(p).query(UUID.class).single();
        String close = "/api/v1/plaatsingen/" + p + "/heropende-ondersteuning/" + reopening + "/afsluiting";
        mvc.perform(post(close).header("Authorization", JOBCOACH)).andExpect(status().isOk())
                .andExpect(jsonPath("$.heropendeOndersteuning[0].gesloten").value(LocalDate.now().toString()));
        mvc.perform(post(close).header("Authorization", JOBCOACH)).andExpect(status().isConflict());

        send(JOBCOACH, "/api/v1/plaatsingen/" + p + "/nazorg/" + followUp(p, 1, "werkzoekende"),
                "{\"gehouden\": \"%s\", \"uitkomst\": \"Geen signaal\", \"ondersteuningHeropenen\": true}".formatted(LocalDate.now()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[*].name", hasItem("ondersteuningHeropenen")));
        send("Bearer demo-token-jobcoach.tdc", "/api/v1/plaatsingen/" + p + "/nazorg/" + first,
                "{\"gehouden\": \"%s\", \"uitkomst\": \"x\"}".formatted(LocalDate.now())).andExpect(status().isNotFound());
        send("Bearer demo-token-accountmanager.igsd", "/api/v1/plaatsingen/" + p + "/nazorg/" + first,
                "{\"gehouden\": \"%s\", \"uitkomst\": \"x\"}".formatted(LocalDate.now())).andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT outcome FROM follow_up WHERE id = ?").param(first).query(String.class).single())
                .isEqualTo("Werkgever meldt veel verzuim");
    }

    @Test
    void aPlacementEndsOnceAndNotBeforeItsStart() throws Exception {
        ClientId client = new Fixtures(accounts, clients).client(Fixtures.STEENWIJKERLAND, "Vera", Fixtures.unique("Einde"));
        UUID p = placement(client, "{\"soort\": \"regulier-werk\", \"startdatum\": \"2026-03-01\", \"urenPerWeek\": 24}");
        String url = "/api/v1/plaatsingen/" + p + "/beeindiging";
        send(PlacementIT.CASEWORKER, url, "{\"einddatum\": \"2026-02-01\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name", hasItem("einddatum")))
                .andExpect(jsonPath("$.invalidParams[*].name", hasItem("redenEinde")));
        send(PlacementIT.CASEWORKER, url, "{\"einddatum\": \"2026-09-30\", \"redenEinde\": \"Tijdelijk contract afgelopen\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.plaatsing.einddatum").value("2026-09-30"))
                .andExpect(jsonPath("$.plaatsing.versie").value(2)).andExpect(jsonPath("$.nazorg", hasSize(10)));
        send(PlacementIT.CASEWORKER, url, "{\"einddatum\": \"2026-10-30\", \"redenEinde\": \"Nog eens\"}").andExpect(status().isConflict());
    }

    @Test
    void aHiredMatchBecomesAPlacementInOneStepOnlyOnce() throws Exception {
        ClientId client = new Fixtures(accounts, clients).client(Fixtures.STEENWIJKERLAND, "Wout", Fixtures.unique("Koppeling"));
        Map<String, Object> vacancy = jdbc.sql("SELECT id, employer_id FROM vacancy WHERE municipality_code = 'GM1708' ORDER BY id")
                .query().listOfRows().getFirst();
        UUID hired = UUID.randomUUID();
        UUID invited = UUID.randomUUID();
        jdbc.sql("INSERT INTO matching_pair (id, client_id, vacancy_id, municipality_code, status, proposed_on, updated_at, version) "
                + "VALUES (?, ?, ?, 'GM1708', 'HIRED', CURRENT_DATE, CURRENT_TIMESTAMP, 4)").params(hired, client.value(), vacancy.get("id")).update();
        ClientId other = new Fixtures(accounts, clients).client(Fixtures.STEENWIJKERLAND, "Xander", Fixtures.unique("Koppeling"));
        jdbc.sql("INSERT INTO matching_pair (id, client_id, vacancy_id, municipality_code, status, proposed_on, updated_at, version) "
                + "VALUES (?, ?, ?, 'GM1708', 'INVITED', CURRENT_DATE, CURRENT_TIMESTAMP, 3)").params(invited, other.value(), vacancy.get("id")).update();
        String url = "/api/v1/werkzoekenden/" + client.value() + "/plaatsingen";
        String body = "{\"soort\": \"regulier-werk\", \"startdatum\": \"2026-12-01\", \"urenPerWeek\": 32, \"koppelingId\": \"%s\"}";
        send(PlacementIT.CASEWORKER, url, body.formatted(hired)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.plaatsing.vacatureId").value(vacancy.get("id").toString()))
                .andExpect(jsonPath("$.plaatsing.werkgeverId").value(vacancy.get("employer_id").toString()))
                .andExpect(jsonPath("$.plaatsing.koppelingId").value(hired.toString()));
        send(PlacementIT.CASEWORKER, url, body.formatted(hired)).andExpect(status().isConflict());
        send(PlacementIT.CASEWORKER, url, body.formatted(invited)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name", hasItem("koppelingId")));
    }
}
