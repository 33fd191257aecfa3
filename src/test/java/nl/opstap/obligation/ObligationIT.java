package nl.opstap.obligation;

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

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/** Obligations, exemptions, signals, measures and bonuses through API and screens, and who may see signals. */
@OpstapIntegrationTest
class ObligationIT {

    static final String CASEWORKER = "Bearer demo-token-consulent.steenwijkerland";

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired UserAccounts accounts;
    @Autowired ClientDirectory directory;
    @Autowired ObligationWorklist worklist;
    Fixtures fixtures;
    final LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(accounts, directory);
        fixtures.user("jobcoach.obl", nl.opstap.access.Role.JOBCOACH, STEENWIJKERLAND);
        fixtures.user("teamleider.obl", nl.opstap.access.Role.ANALYST, STEENWIJKERLAND);
    }

    static MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request, String token) {
        return request.header("Authorization", token).contentType(MediaType.APPLICATION_JSON);
    }

    private long count(String table, ClientId client) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE client_id = ?").param(client.value()).query(Long.class).single();
    }

    @Test
    void recordsEveryKindAndRefusesImpossibleInputWithoutStoringIt() throws Exception {
        ClientId client = fixtures.client(STEENWIJKERLAND, "Plicht", Fixtures.unique("Klant"));
        String base = "/api/v1/werkzoekenden/" + client;
        mvc.perform(api(post(base + "/verplichtingen"), CASEWORKER).content("""
                {"soort": "arbeidsverplichting", "ingangsdatum": "%s", "einddatum": "%s"}""".formatted(today, today.minusDays(1))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("einddatum"));
        mvc.perform(api(post(base + "/verplichtingen"), CASEWORKER).content("""
                {"soort": "arbeidsverplichting", "ingangsdatum": "%s"}""".formatted(today.minusYears(1)))).andExpect(status().isCreated());
        mvc.perform(api(post(base + "/ontheffingen"), CASEWORKER).content("""
                {"verplichting": "arbeidsverplichting", "reden": "zorgtaken", "ingangsdatum": "%s", "herbeoordelingsdatum": "%s"}"""
                .formatted(today, today.minusDays(1))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("herbeoordelingsdatum"));
        mvc.perform(api(post(base + "/ontheffingen"), CASEWORKER).content("""
                {"verplichting": "arbeidsverplichting", "reden": "zorgtaken", "ingangsdatum": "%s"}""".formatted(today)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("herbeoordelingsdatum"));
        mvc.perform(api(post(base + "/ontheffingen"), CASEWORKER).content("""
                {"verplichting": "arbeidsverplichting", "reden": "ziek", "ingangsdatum": "%s", "herbeoordelingsdatum": "%s"}"""
                .formatted(today, today))).andExpect(status().isBadRequest());
        mvc.perform(api(post(base + "/ontheffingen"), CASEWORKER).content("""
                {"verplichting": "arbeidsverplichting", "reden": "medisch", "ingangsdatum": "%s", "herbeoordelingsdatum": "%s"}"""
                .formatted(today.minusMonths(7), today.minusDays(3)))).andExpect(status().isCreated());
        mvc.perform(api(post(base + "/signalen"), CASEWORKER).content("""
                {"soort": "fraudesignaal", "datum": "%s", "omschrijving": "Toekomst"}""".formatted(today.plusDays(1))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("datum"));
        String signal = json.readTree(mvc.perform(api(post(base + "/signalen"), CASEWORKER).content("""
                {"soort": "verwijtbaar-gedrag", "datum": "%s", "omschrijving": "Afspraak gemist zonder bericht"}""".formatted(today.minusDays(20))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
        mvc.perform(api(post(base + "/maatregelen"), CASEWORKER).content("""
                {"signaalId": "%s", "soort": "waarschuwing", "percentage": 10, "ingangsdatum": "%s", "besluitdatum": "%s"}"""
                .formatted(signal, today, today))).andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("percentage"));
        mvc.perform(api(post(base + "/maatregelen"), CASEWORKER).content("""
                {"signaalId": "%s", "soort": "verlaging", "percentage": 101, "ingangsdatum": "%s", "besluitdatum": "%s"}"""
                .formatted(signal, today, today))).andExpect(status().isBadRequest());
        mvc.perform(api(post(base + "/maatregelen"), CASEWORKER).content("""
                {"signaalId": "%s", "soort": "verlaging", "percentage": 20, "ingangsdatum": "%s", "besluitdatum": "%s"}"""
                .formatted(signal, today, today.minusDays(30)))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("besluitdatum"));
        mvc.perform(api(post(base + "/maatregelen"), CASEWORKER).content("""
                {"signaalId": "%s", "soort": "verlaging", "percentage": 20, "ingangsdatum": "%s", "einddatum": "%s", "besluitdatum": "%s"}"""
                .formatted(signal, today, today.plusMonths(1), today))).andExpect(status().isCreated());
        mvc.perform(api(post(base + "/premies"), CASEWORKER).content("""
                {"datum": "%s", "bedrag": 0, "reden": "Start werk"}""".formatted(today))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("bedrag"));
        mvc.perform(api(post(base + "/premies"), CASEWORKER).content("""
                {"datum": "%s", "bedrag": "veel", "reden": "Start werk"}""".formatted(today))).andExpect(status().isBadRequest());
        mvc.perform(api(post(base + "/premies"), CASEWORKER).content("""
                {"datum": "%s", "bedrag": 250.50, "reden": "Start werk"}""".formatted(today))).andExpect(status().isCreated());
        assertThat(List.of(count("obligation", client), count("exemption", client), count("client_signal", client),
                count("measure", client), count("work_bonus", client))).containsExactly(1L, 1L, 1L, 1L, 1L);
        mvc.perform(get(base + "/premies").header("Authorization", CASEWORKER)).andExpect(jsonPath("$[0].bedrag").value(250.5));
        // Worklist: the overdue re-check and the signal open for more than two weeks.
        assertThat(worklist.itemsFor(List.of(client), today, today.plusDays(7))).extracting(nl.opstap.worklist.WorkItem::kindKey)
                .containsExactlyInAnyOrder("worklist.kind.recheck", "worklist.kind.openSignal");
        mvc.perform(api(post(base + "/signalen/" + signal + "/afhandelen"), CASEWORKER).content("{\"afgehandeldOp\": \"%s\"}".formatted(today)))
                .andExpect(status().isNoContent());
        assertThat(worklist.itemsFor(List.of(client), today, today.plusDays(7))).extracting(nl.opstap.worklist.WorkItem::kindKey)
                .containsExactly("worklist.kind.recheck");
    }

    @Test
    void aRecheckTakesTheExemptionOffTheWorklistUntilTheNextOneOrEndsIt() throws Exception {
        ClientId client = fixtures.client(STEENWIJKERLAND, "Herbeoordeling", Fixtures.unique("Klant"));
        String base = "/api/v1/werkzoekenden/" + client;
        mvc.perform(api(post(base + "/ontheffingen"), CASEWORKER).content("""
                {"verplichting": "arbeidsverplichting", "reden": "medisch", "ingangsdatum": "%s", "herbeoordelingsdatum": "%s"}"""
                .formatted(today.minusMonths(7), today.minusDays(3)))).andExpect(status().isCreated());
        UUID exemption = jdbc.sql("SELECT id FROM exemption WHERE client_id = ?").param(client.value()).query(UUID.class).single();
        String recheck = base + "/ontheffingen/" + exemption + "/herbeoordeling";
        assertThat(worklist.itemsFor(List.of(client), today, today.plusDays(7))).extracting(nl.opstap.worklist.WorkItem::kindKey)
                .containsExactly("worklist.kind.recheck");

        mvc.perform(api(post(recheck), CASEWORKER).content("""
                {"herbeoordeeldOp": "%s", "uitkomst": "verlengd"}""".formatted(today)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("volgendeHerbeoordeling"));
        mvc.perform(api(post(recheck), CASEWORKER).content("""
                {"herbeoordeeldOp": "%s", "uitkomst": "verlengd", "volgendeHerbeoordeling": "%s"}""".formatted(today.plusDays(1), today.plusMonths(6))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("herbeoordeeldOp"));
        mvc.perform(api(post(recheck), CASEWORKER).content("""
                {"herbeoordeeldOp": "%s", "uitkomst": "misschien"}""".formatted(today))).andExpect(status().isBadRequest());
        mvc.perform(api(post(base + "/ontheffingen/" + UUID.randomUUID() + "/herbeoordeling"), CASEWORKER).content("""
                {"herbeoordeeldOp": "%s", "uitkomst": "beeindigd", "eindigtOp": "%s"}""".formatted(today, today)))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT last_rechecked_on FROM exemption WHERE id = ?").param(exemption).query(LocalDate.class).optional())
                .isEmpty();

        mvc.perform(api(post(recheck), CASEWORKER).content("""
                {"herbeoordeeldOp": "%s", "uitkomst": "verlengd", "volgendeHerbeoordeling": "%s"}""".formatted(today, today.plusMonths(6))))
                .andExpect(status().isNoContent());
        assertThat(worklist.itemsFor(List.of(client), today, today.plusDays(7))).isEmpty();
        assertThat(worklist.itemsFor(List.of(client), today, today.plusMonths(7))).extracting(nl.opstap.worklist.WorkItem::due)
                .containsExactly(today.plusMonths(6));

        mvc.perform(post("/werkzoekenden/" + client + "/ontheffingen/" + exemption + "/herbeoordeling").with(user("consulent.steenwijkerland"))
                        .with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("recheckedOn=" + today + "&outcome=BEEINDIGD&endsOn=" + today.minusYears(2)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("vóór de ingangsdatum van de ontheffing")));
        mvc.perform(post("/werkzoekenden/" + client + "/ontheffingen/" + exemption + "/herbeoordeling").with(user("consulent.steenwijkerland"))
                        .with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("recheckedOn=" + today + "&outcome=BEEINDIGD&endsOn=" + today))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT valid_until FROM exemption WHERE id = ?").param(exemption).query(LocalDate.class).single()).isEqualTo(today);
        assertThat(worklist.itemsFor(List.of(client), today, today.plusYears(1))).isEmpty();
    }

    @Test
    void aMedicalReasonIsShownOnlyToThoseWhoWorkWithTheClient() throws Exception {
        ClientId client = fixtures.client(STEENWIJKERLAND, "Reden", Fixtures.unique("Klant"));
        mvc.perform(api(post("/api/v1/werkzoekenden/" + client + "/ontheffingen"), CASEWORKER).content("""
                {"verplichting": "arbeidsverplichting", "reden": "medisch", "ingangsdatum": "%s", "herbeoordelingsdatum": "%s"}"""
                .formatted(today, today.plusMonths(6)))).andExpect(status().isCreated());
        String tab = "/werkzoekenden/" + client + "/verplichtingen";
        mvc.perform(get(tab).with(user("jobcoach.igsd"))).andExpect(content().string(containsString("Medisch")));
        for (String other : List.of("accountmanager.igsd", "beheer.igsd")) {
            mvc.perform(get(tab).with(user(other))).andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("Medisch"))))
                    .andExpect(content().string(containsString("reden afgeschermd")));
            mvc.perform(get("/werkzoekenden/" + client).with(user(other))).andExpect(content().string(not(containsString("Medisch"))));
            mvc.perform(get("/werkzoekenden/" + client + "/tijdlijn").with(user(other))).andExpect(content().string(not(containsString("Medisch"))));
            mvc.perform(get("/api/v1/werkzoekenden/" + client + "/ontheffingen").header("Authorization", "Bearer demo-token-" + other))
                    .andExpect(status().isOk()).andExpect(jsonPath("$[0].reden").doesNotExist());
        }
    }

    @Test
    void onlyRolesWithSignalsSeeSignalsAnywhere() throws Exception {
        ClientId client = fixtures.client(STEENWIJKERLAND, "Signaal", Fixtures.unique("Klant"));
        String secret = Fixtures.unique("Fraudeomschrijving");
        String base = "/api/v1/werkzoekenden/" + client;
        mvc.perform(api(post(base + "/signalen"), CASEWORKER).content("""
                {"soort": "fraudesignaal", "datum": "%s", "omschrijving": "%s"}""".formatted(today, secret))).andExpect(status().isCreated());
        // The caseworker and the team lead see it.
        mvc.perform(get(base + "/signalen").header("Authorization", "Bearer demo-token-teamleider.obl")).andExpect(status().isOk())
                .andExpect(content().string(containsString(secret)));
        mvc.perform(get("/werkzoekenden/" + client + "/tijdlijn").with(user("consulent.steenwijkerland"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(secret)));
        mvc.perform(get("/werkzoekenden/" + client + "/verplichtingen").with(user("teamleider.obl"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(secret)));
        // A team lead may read but not record signals.
        mvc.perform(api(post(base + "/signalen"), "Bearer demo-token-teamleider.obl").content("""
                {"soort": "fraudesignaal", "datum": "%s", "omschrijving": "X"}""".formatted(today))).andExpect(status().isForbidden());
        // A jobcoach sees none of it: not in the API, the tab, the overview or the timeline.
        String jobcoach = "Bearer demo-token-jobcoach.obl";
        mvc.perform(get(base + "/signalen").header("Authorization", jobcoach)).andExpect(status().isForbidden());
        mvc.perform(get(base + "/maatregelen").header("Authorization", jobcoach)).andExpect(status().isForbidden());
        mvc.perform(get(base + "/tijdlijn").header("Authorization", jobcoach)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(secret)))).andExpect(content().string(not(containsString("signal"))));
        for (String page : List.of("", "/verplichtingen", "/tijdlijn")) {
            mvc.perform(get("/werkzoekenden/" + client + page).with(user("jobcoach.obl"))).andExpect(status().isOk())
                    .andExpect(content().string(not(containsString(secret))))
                    .andExpect(content().string(not(containsString("Fraudesignaal"))))
                    .andExpect(content().string(not(containsString("open signa"))));
        }
        mvc.perform(api(post(base + "/signalen"), jobcoach).content("""
                {"soort": "fraudesignaal", "datum": "%s", "omschrijving": "X"}""".formatted(today))).andExpect(status().isForbidden());
        assertThat(count("client_signal", client)).isEqualTo(1);
    }

    @Test
    void theScreenShowsRuleViolationsNextToTheFieldsAndStoresNothing() throws Exception {
        ClientId client = fixtures.client(STEENWIJKERLAND, "Scherm", Fixtures.unique("Klant"));
        mvc.perform(post("/werkzoekenden/" + client + "/ontheffingen").with(user("consulent.steenwijkerland")).with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("obligationKind=ARBEIDSVERPLICHTING&reason=MEDISCH&validFrom=" + today + "&recheckOn=" + today.minusDays(1)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("recheckOn-error")))
                .andExpect(content().string(containsString("De herbeoordelingsdatum ligt vóór de ingangsdatum.")));
        mvc.perform(post("/werkzoekenden/" + client + "/premies").with(user("consulent.steenwijkerland")).with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("bonusDate=" + today + "&amount=abc&reason="))
                .andExpect(status().isOk()).andExpect(content().string(containsString("amount-error")))
                .andExpect(content().string(containsString("reason-error")));
        assertThat(count("exemption", client) + count("work_bonus", client)).isZero();
        mvc.perform(post("/werkzoekenden/" + client + "/ontheffingen").with(user("consulent.steenwijkerland")).with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("obligationKind=ARBEIDSVERPLICHTING&reason=MEDISCH&validFrom=" + today + "&recheckOn=" + today.plusMonths(6)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/werkzoekenden/" + client).with(user("consulent.steenwijkerland"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ontheffing Arbeidsverplichting")));
        assertThat(count("exemption", client)).isEqualTo(1);
    }

    @Test
    void everyFormOfTheTabRenders() throws Exception {
        ClientId client = fixtures.client(STEENWIJKERLAND, "Formulier", Fixtures.unique("Klant"));
        mvc.perform(api(post("/api/v1/werkzoekenden/" + client + "/signalen"), CASEWORKER).content("""
                {"soort": "fraudesignaal", "datum": "%s", "omschrijving": "Melding"}""".formatted(today))).andExpect(status().isCreated());
        for (String form : List.of("verplichting", "ontheffing", "premie", "signaal", "maatregel")) {
            mvc.perform(get("/werkzoekenden/" + client + "/verplichtingen").param("formulier", form).with(user("consulent.steenwijkerland")))
                    .andExpect(status().isOk()).andExpect(content().string(containsString("novalidate")));
        }
        mvc.perform(post("/werkzoekenden/" + client + "/maatregelen").with(user("consulent.steenwijkerland")).with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("signalId=" + java.util.UUID.randomUUID() + "&kind=VERLAGING&percentage=20&validFrom=" + today + "&decidedOn=" + today))
                .andExpect(status().isOk()).andExpect(content().string(containsString("signalId-error")));
        String signal = jdbc.sql("SELECT id FROM client_signal WHERE client_id = ?").param(client.value()).query(String.class).single();
        mvc.perform(post("/werkzoekenden/" + client + "/signalen/" + signal + "/afhandelen").with(user("consulent.steenwijkerland")).with(csrf())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("handledOn=" + today.plusDays(3))).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT status FROM client_signal WHERE id = ?").param(java.util.UUID.fromString(signal)).query(String.class).single())
                .isEqualTo("OPEN");
        mvc.perform(post("/werkzoekenden/" + client + "/signalen/" + signal + "/afhandelen").with(user("consulent.steenwijkerland")).with(csrf())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("handledOn=" + today)).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT status FROM client_signal WHERE id = ?").param(java.util.UUID.fromString(signal)).query(String.class).single())
                .isEqualTo("AFGEHANDELD");
    }
}
