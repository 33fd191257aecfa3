package nl.opstap.activity;

import static nl.opstap.testsupport.Fixtures.STADSKANAAL;
import static nl.opstap.testsupport.Fixtures.STEENWIJKERLAND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.opstap.access.Access;
import nl.opstap.access.Channel;
import nl.opstap.access.Permission;
import nl.opstap.access.UserAccounts;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientId;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.shared.domain.RuleViolation;
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

/** The catalogue, enrolment with capacity, and ending participations, through screens and API on the real database. */
@OpstapIntegrationTest
class ActivityIT {

    static final String CASEWORKER = "Bearer demo-token-consulent.steenwijkerland";
    static final String ADMIN_IGSD = "Bearer demo-token-beheer.igsd";

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired UserAccounts accounts;
    @Autowired ClientDirectory directory;
    @Autowired ActivityCatalogue catalogue;
    @Autowired ParticipationService participations;
    Fixtures fixtures;
    final LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(accounts, directory);
    }

    static MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request, String token) {
        return request.header("Authorization", token).contentType(MediaType.APPLICATION_JSON);
    }

    private String newActivity(int capacity) throws Exception {
        String name = Fixtures.unique("Training");
        String body = mvc.perform(api(post("/api/v1/activiteiten"), ADMIN_IGSD).content("""
                        {"naam": "%s", "soort": "training", "aanbieder": "IGSD", "capaciteit": %d, "duurInWeken": 6}""".formatted(name, capacity)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.vrijePlaatsen").value(capacity))
                .andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("id").asString();
    }

    private long participationsOf(ClientId client) {
        return jdbc.sql("SELECT COUNT(*) FROM participation WHERE client_id = ?").param(client.value()).query(Long.class).single();
    }

    @Test
    void demoCataloguesBelongToTheirOwnOrganisation() throws Exception {
        mvc.perform(get("/beheer/activiteiten").with(user("beheer.igsd"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Wonen en Werken in Nederland")))
                .andExpect(content().string(not(containsString("Werken aan je Toekomst"))));
        mvc.perform(get("/api/v1/activiteiten").header("Authorization", "Bearer demo-token-consulent.stadskanaal")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Vaardig aan het Werk")))
                .andExpect(content().string(containsString("Commerciële werkplaats Techniek")))
                .andExpect(content().string(not(containsString("Wonen en Werken"))));
        mvc.perform(get("/api/v1/uitvalredenen").header("Authorization", CASEWORKER)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Werk gevonden elders")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM participation").query(Long.class).single()).isGreaterThan(500);
        // The demo history respects every capacity: no day has more participants than places.
        mvc.perform(api(post("/api/v1/activiteiten"), CASEWORKER).content("{\"naam\": \"X\", \"soort\": \"training\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aFullActivitySaysSoAndStoresNothing() throws Exception {
        String activity = newActivity(1);
        ClientId first = fixtures.client(STEENWIJKERLAND, "Eerste", Fixtures.unique("Deelnemer"));
        ClientId second = fixtures.client(STEENWIJKERLAND, "Tweede", Fixtures.unique("Deelnemer"));
        String enrol = "{\"activiteitId\": \"%s\", \"startdatum\": \"%s\", \"geplandeEinddatum\": \"%s\"}"
                .formatted(activity, today, today.plusWeeks(6));
        mvc.perform(api(post("/api/v1/werkzoekenden/" + first + "/deelnames"), CASEWORKER).content(enrol)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.activiteitId").value(activity));
        mvc.perform(api(post("/api/v1/werkzoekenden/" + second + "/deelnames"), CASEWORKER).content(enrol))
                .andExpect(status().isBadRequest()).andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.invalidParams[0].name").value("activiteitId"))
                .andExpect(jsonPath("$.invalidParams[0].reason").value("Deze activiteit is vol (1 van 1 plaatsen bezet)."));
        assertThat(participationsOf(second)).isZero();
        // After the planned end there is room again.
        mvc.perform(api(post("/api/v1/werkzoekenden/" + second + "/deelnames"), CASEWORKER).content(
                        "{\"activiteitId\": \"%s\", \"startdatum\": \"%s\"}".formatted(activity, today.plusWeeks(7))))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/activiteiten").header("Authorization", CASEWORKER))
                .andExpect(jsonPath("$[?(@.id == '" + activity + "')].vol").value(true));
        // The capacity cannot be lowered below today's participants.
        mvc.perform(api(put("/api/v1/activiteiten/" + activity), ADMIN_IGSD).content("{\"naam\": \"Andere naam\", \"soort\": \"training\", \"capaciteit\": 1}"))
                .andExpect(status().isOk());
        mvc.perform(get("/werkzoekenden/" + first + "/activiteiten").with(user("consulent.steenwijkerland"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Andere naam")));
    }

    @Test
    void aPlannedParticipationIsWithdrawnAndFreesItsPlaceButAStartedOneIsNot() throws Exception {
        String activity = newActivity(1);
        ClientId planned = fixtures.client(STEENWIJKERLAND, "Gepland", Fixtures.unique("Deelnemer"));
        ClientId other = fixtures.client(STEENWIJKERLAND, "Ander", Fixtures.unique("Deelnemer"));
        String later = "{\"activiteitId\": \"%s\", \"startdatum\": \"%s\", \"geplandeEinddatum\": \"%s\"}"
                .formatted(activity, today.plusWeeks(2), today.plusWeeks(8));
        String pid = json.readTree(mvc.perform(api(post("/api/v1/werkzoekenden/" + planned + "/deelnames"), CASEWORKER).content(later))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
        // The same client twice in one period: refused.
        mvc.perform(api(post("/api/v1/werkzoekenden/" + planned + "/deelnames"), CASEWORKER).content(later))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.invalidParams[0].name").value("activiteitId"));
        mvc.perform(api(post("/api/v1/werkzoekenden/" + other + "/deelnames"), CASEWORKER).content(later)).andExpect(status().isBadRequest());
        // Ending it as "geannuleerd" is not the way; cancelling is.
        mvc.perform(api(post("/api/v1/werkzoekenden/" + planned + "/deelnames/" + pid + "/afronden"), CASEWORKER)
                .content("{\"resultaat\": \"geannuleerd\", \"werkelijkeEinddatum\": \"%s\"}".formatted(today)))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/werkzoekenden/" + planned + "/activiteiten/" + pid + "/annuleren").with(user("consulent.steenwijkerland")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/werkzoekenden/" + planned + "/deelnames").header("Authorization", CASEWORKER))
                .andExpect(jsonPath("$[0].resultaat").value("geannuleerd"));
        mvc.perform(api(post("/api/v1/werkzoekenden/" + other + "/deelnames"), CASEWORKER).content(later)).andExpect(status().isCreated());
        mvc.perform(post("/api/v1/werkzoekenden/" + planned + "/deelnames/" + pid + "/annuleren").header("Authorization", CASEWORKER))
                .andExpect(status().isConflict());
        // A participation that has begun cannot be withdrawn.
        String running = json.readTree(mvc.perform(api(post("/api/v1/werkzoekenden/" + planned + "/deelnames"), CASEWORKER)
                .content("{\"activiteitId\": \"%s\", \"startdatum\": \"%s\"}".formatted(newActivity(3), today)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
        mvc.perform(post("/api/v1/werkzoekenden/" + planned + "/deelnames/" + running + "/annuleren").header("Authorization", CASEWORKER))
                .andExpect(status().isBadRequest());
    }

    @Test
    void capacityCannotBeLoweredBelowTheCurrentParticipants() throws Exception {
        String activity = newActivity(3);
        for (int i = 0; i < 2; i++) {
            ClientId client = fixtures.client(STEENWIJKERLAND, "Lid", Fixtures.unique("Deelnemer"));
            mvc.perform(api(post("/api/v1/werkzoekenden/" + client + "/deelnames"), CASEWORKER).content(
                    "{\"activiteitId\": \"%s\", \"startdatum\": \"%s\"}".formatted(activity, today))).andExpect(status().isCreated());
        }
        mvc.perform(api(put("/api/v1/activiteiten/" + activity), ADMIN_IGSD).content("{\"naam\": \"Krimp\", \"soort\": \"training\", \"capaciteit\": 1}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("capaciteit"))
                .andExpect(jsonPath("$.invalidParams[0].reason").value("De capaciteit kan niet lager zijn dan het aantal huidige deelnemers (2)."));
        assertThat(jdbc.sql("SELECT capacity FROM activity WHERE id = ?").param(java.util.UUID.fromString(activity)).query(Integer.class).single())
                .isEqualTo(3);
        // An administrator of IGSD cannot touch TDC's catalogue.
        String tdcActivity = jdbc.sql("SELECT a.id FROM activity a JOIN municipality m ON m.organisation_id = a.organisation_id "
                + "WHERE m.code = ? AND a.active = TRUE FETCH FIRST 1 ROWS ONLY").param(STADSKANAAL).query(String.class).single();
        mvc.perform(api(put("/api/v1/activiteiten/" + tdcActivity), ADMIN_IGSD).content("{\"naam\": \"Gekaapt\", \"soort\": \"training\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/beheer/activiteiten/" + tdcActivity).with(user("beheer.igsd"))).andExpect(status().isNotFound());
    }

    @Test
    void impossibleEnrolmentsAreRefusedWithAClearMessageAndNothingStored() throws Exception {
        ClientId client = fixtures.client(STEENWIJKERLAND, "Fout", Fixtures.unique("Deelnemer"));
        String activity = newActivity(10);
        String tdcActivity = jdbc.sql("SELECT a.id FROM activity a JOIN municipality m ON m.organisation_id = a.organisation_id "
                + "WHERE m.code = ? AND a.active = TRUE FETCH FIRST 1 ROWS ONLY").param(STADSKANAAL).query(String.class).single();
        mvc.perform(api(post("/api/v1/werkzoekenden/" + client + "/deelnames"), CASEWORKER).content(
                        "{\"activiteitId\": \"%s\", \"startdatum\": \"%s\", \"geplandeEinddatum\": \"%s\"}".formatted(activity, today, today.minusDays(1))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("geplandeEinddatum"));
        mvc.perform(api(post("/api/v1/werkzoekenden/" + client + "/deelnames"), CASEWORKER).content(
                        "{\"activiteitId\": \"%s\", \"startdatum\": \"%s\"}".formatted(activity, today.plusYears(2))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("startdatum"));
        mvc.perform(api(post("/api/v1/werkzoekenden/" + client + "/deelnames"), CASEWORKER).content(
                        "{\"activiteitId\": \"%s\", \"startdatum\": \"%s\"}".formatted(tdcActivity, today)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].reason").value("Deze activiteit hoort bij een andere organisatie dan die van de werkzoekende."));
        mvc.perform(api(post("/api/v1/werkzoekenden/" + client + "/deelnames"), CASEWORKER).content(
                        "{\"activiteitId\": \"niet-een-id\", \"startdatum\": \"gisteren\"}"))
                .andExpect(status().isBadRequest());
        // The screen shows the refusal next to the field.
        mvc.perform(post("/werkzoekenden/" + client + "/activiteiten").with(user("consulent.steenwijkerland")).with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("activityId=" + activity + "&startDate=" + today + "&plannedEnd=" + today.minusDays(3)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("De geplande einddatum ligt vóór de startdatum.")))
                .andExpect(content().string(containsString("plannedEnd-error")));
        assertThat(participationsOf(client)).isZero();
    }

    @Test
    void endingRecordsResultAndActualEndWithTheRules() throws Exception {
        ClientId client = fixtures.client(STEENWIJKERLAND, "Einde", Fixtures.unique("Deelnemer"));
        String activity = newActivity(5);
        String created = mvc.perform(api(post("/api/v1/werkzoekenden/" + client + "/deelnames"), CASEWORKER).content(
                        "{\"activiteitId\": \"%s\", \"startdatum\": \"%s\", \"geplandeEinddatum\": \"%s\"}".formatted(activity, today.minusWeeks(8), today.minusDays(1))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = json.readTree(created).get("id").asString();
        String end = "/api/v1/werkzoekenden/" + client + "/deelnames/" + id + "/afronden";
        mvc.perform(api(post(end), CASEWORKER).content("{\"resultaat\": \"uitgevallen\", \"werkelijkeEinddatum\": \"%s\"}".formatted(today)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("uitvalredenId"));
        mvc.perform(api(post(end), CASEWORKER).content("{\"resultaat\": \"afgerond\", \"werkelijkeEinddatum\": \"%s\"}".formatted(today.plusDays(1))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("werkelijkeEinddatum"));
        mvc.perform(api(post(end), CASEWORKER).content("{\"resultaat\": \"afgerond\", \"werkelijkeEinddatum\": \"%s\"}".formatted(today.minusWeeks(9))))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM participation WHERE client_id = ? AND actual_end IS NOT NULL").param(client.value())
                .query(Long.class).single()).isZero();
        // Due in the worklist while not ended.
        assertThat(context(client)).anyMatch(item -> item.kindKey().equals("worklist.kind.activityEnding"));
        String reason = jdbc.sql("SELECT r.id FROM dropout_reason r JOIN municipality m ON m.organisation_id = r.organisation_id "
                + "WHERE m.code = ? AND r.name = 'Ziekte'").param(STEENWIJKERLAND).query(String.class).single();
        mvc.perform(api(post(end), CASEWORKER).content("{\"resultaat\": \"uitgevallen\", \"werkelijkeEinddatum\": \"%s\", \"uitvalredenId\": \"%s\"}"
                        .formatted(today, reason)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.resultaat").value("uitgevallen")).andExpect(jsonPath("$.uitvalreden").value("Ziekte"));
        mvc.perform(api(post(end), CASEWORKER).content("{\"resultaat\": \"afgerond\", \"werkelijkeEinddatum\": \"%s\"}".formatted(today)))
                .andExpect(status().isConflict());
        assertThat(context(client)).noneMatch(item -> item.kindKey().equals("worklist.kind.activityEnding"));
        mvc.perform(get("/api/v1/werkzoekenden/" + client + "/tijdlijn").header("Authorization", CASEWORKER))
                .andExpect(content().string(containsString("Uitgevallen")));
        mvc.perform(get("/werkzoekenden/" + client).with(user("jobcoach.igsd"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Huidige activiteiten")));
    }

    @Autowired ActivityWorklist worklist;

    private List<nl.opstap.worklist.WorkItem> context(ClientId client) {
        return worklist.itemsFor(List.of(client), today, today.plusDays(14));
    }

    @Test
    void twoSimultaneousEnrolmentsCannotBothTakeTheLastPlace() throws Exception {
        String activity = newActivity(1);
        Access access = accounts.accessFor(accounts.idOf("consulent.steenwijkerland"), Permission.CLIENT_WRITE, Channel.BATCH);
        List<ClientId> people = List.of(fixtures.client(STEENWIJKERLAND, "Snel", Fixtures.unique("Deelnemer")),
                fixtures.client(STEENWIJKERLAND, "Sneller", Fixtures.unique("Deelnemer")));
        var pool = Executors.newFixedThreadPool(2);
        List<Future<Boolean>> results = new ArrayList<>();
        for (ClientId person : people) {
            Callable<Boolean> task = () -> {
                try {
                    participations.enrol(access, person, new Enrolment(java.util.UUID.fromString(activity), today, null, null));
                    return true;
                } catch (RuleViolation full) {
                    return false;
                }
            };
            results.add(pool.submit(task));
        }
        int succeeded = 0;
        for (Future<Boolean> r : results) {
            succeeded += r.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(succeeded).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM participation WHERE activity_id = ?").param(java.util.UUID.fromString(activity))
                .query(Long.class).single()).isEqualTo(1);
        assertThat(new MunicipalityCode(STEENWIJKERLAND)).isNotNull();
    }

    @Test
    void theCatalogueScreensRenderAndRefuseBadInputNextToTheField() throws Exception {
        String activity = newActivity(4);
        mvc.perform(get("/beheer/activiteiten/nieuw").with(user("beheer.igsd"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Werkervaringsplaats (WEP)")));
        mvc.perform(get("/beheer/activiteiten/" + activity).with(user("beheer.igsd"))).andExpect(status().isOk());
        mvc.perform(post("/beheer/activiteiten/" + activity).with(user("beheer.igsd")).with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("name=&kind=TRAINING&capacity=nul"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("name-error")))
                .andExpect(content().string(containsString("capacity-error")));
        mvc.perform(post("/beheer/activiteiten/" + activity + "/deactiveren").with(user("beheer.igsd")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT active FROM activity WHERE id = ?").param(java.util.UUID.fromString(activity)).query(Boolean.class).single())
                .isFalse();
        ClientId client = fixtures.client(STEENWIJKERLAND, "Inactief", Fixtures.unique("Deelnemer"));
        mvc.perform(api(post("/api/v1/werkzoekenden/" + client + "/deelnames"), CASEWORKER).content(
                        "{\"activiteitId\": \"%s\", \"startdatum\": \"%s\"}".formatted(activity, today)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].reason").value("Deze activiteit wordt niet meer aangeboden."));
        mvc.perform(get("/beheer/uitvalredenen").with(user("beheer.igsd"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Zorgsituatie")));
        mvc.perform(post("/beheer/uitvalredenen").with(user("beheer.igsd")).with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("name=Ziekte"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Deze reden staat al in de lijst.")));
        String name = Fixtures.unique("Reden");
        mvc.perform(post("/beheer/uitvalredenen").with(user("beheer.igsd")).with(csrf())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("name=" + name)).andExpect(status().is3xxRedirection());
        String reason = jdbc.sql("SELECT id FROM dropout_reason WHERE name = ?").param(name).query(String.class).single();
        mvc.perform(post("/beheer/uitvalredenen/" + reason).with(user("beheer.igsd")).with(csrf())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("name=")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/beheer/uitvalredenen/" + reason + "/deactiveren").with(user("beheer.igsd")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT name || active FROM dropout_reason WHERE id = ?").param(java.util.UUID.fromString(reason))
                .query(String.class).single()).isEqualToIgnoringCase(name + "false");
        mvc.perform(get("/beheer/activiteiten").with(user("admin")).param("organisatie",
                jdbc.sql("SELECT organisation_id FROM municipality WHERE code = ?").param(STADSKANAAL).query(String.class).single()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Werken aan je Toekomst")));
    }
}
