package nl.opstap.diagnosis;

import static nl.opstap.testsupport.Fixtures.STEENWIJKERLAND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.opstap.access.Channel;
import nl.opstap.access.Permission;
import nl.opstap.access.UserAccounts;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientId;
import nl.opstap.testsupport.Fixtures;
import nl.opstap.testsupport.OpstapIntegrationTest;
import nl.opstap.worklist.WorkItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The diagnosis through screens, API and the public API, on the real database. */
@OpstapIntegrationTest
class DiagnosisIT {

    static final String CASEWORKER = "Bearer demo-token-consulent.steenwijkerland";

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired UserAccounts accounts;
    @Autowired ClientDirectory directory;
    @Autowired Diagnoses diagnoses;
    @Autowired DiagnosisWorklist worklist;
    Fixtures fixtures;
    ClientId client;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(accounts, directory);
        client = fixtures.client(STEENWIJKERLAND, "Diagnose", Fixtures.unique("Test"));
    }

    static MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request) {
        return request.header("Authorization", CASEWORKER).contentType(MediaType.APPLICATION_JSON);
    }

    private String path(String rest) {
        return "/api/v1/werkzoekenden/" + client + rest;
    }

    private long rows() {
        return jdbc.sql("SELECT (SELECT COUNT(*) FROM diagnosis_fact WHERE client_id = ?) + (SELECT COUNT(*) FROM zrm_assessment WHERE client_id = ?)"
                + " + (SELECT COUNT(*) FROM diagnosis_test WHERE client_id = ?) + (SELECT COUNT(*) FROM diagnosis_occupation WHERE client_id = ?)")
                .params(client.value(), client.value(), client.value(), client.value()).query(Long.class).single();
    }

    private String create(String rest, String body) throws Exception {
        return mvc.perform(api(post(path(rest))).content(body)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    }

    static String zrm(String date, int score, String leaveOut) {
        StringBuilder body = new StringBuilder("{\"versie\": \"ZRM 2017\", \"datum\": \"" + date + "\"");
        for (ZrmDomain d : ZrmDomain.values()) {
            if (!d.code().equals(leaveOut)) {
                body.append(", \"").append(d.code()).append("\": ").append(score);
            }
        }
        return body.append("}").toString();
    }

    @Test
    void answersWhatHeldOnPastDatesAfterBackDatingAndCorrection() throws Exception {
        create("/situaties", "{\"situatie\": \"talent-in-kaart\", \"ingangsdatum\": \"2018-01-10\"}");
        String werken = create("/situaties", "{\"situatie\": \"werken-ervaren\", \"ingangsdatum\": \"2018-09-01\"}");
        // back-dated between the two: the timeline is split, not overlapped
        create("/situaties", "{\"situatie\": \"leren-ontwikkelen\", \"ingangsdatum\": \"2018-05-01\"}");
        mvc.perform(api(get(path("/diagnose"))).param("peildatum", "2018-03-01")).andExpect(jsonPath("$.situatie.waarde").value("talent-in-kaart"))
                .andExpect(jsonPath("$.situatie.tot").value("2018-05-01"));
        mvc.perform(api(get(path("/diagnose"))).param("peildatum", "2018-06-15")).andExpect(jsonPath("$.situatie.waarde").value("leren-ontwikkelen"));
        mvc.perform(api(get(path("/diagnose"))).param("peildatum", "2018-11-15")).andExpect(jsonPath("$.situatie.waarde").value("werken-ervaren"));
        mvc.perform(api(get(path("/diagnose"))).param("peildatum", "2017-12-31")).andExpect(jsonPath("$.situatie").doesNotExist());

        String id = json.readTree(werken).get("id").asString();
        mvc.perform(api(post(path("/situaties/" + id + "/correctie"))).content("{\"situatie\": \"direct-werk\", \"ingangsdatum\": \"2018-09-01\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("reden"));
        mvc.perform(api(post(path("/situaties/" + id + "/correctie")))
                        .content("{\"situatie\": \"direct-werk\", \"ingangsdatum\": \"2018-09-01\", \"reden\": \"Verkeerd gekozen\"}"))
                .andExpect(status().isOk());
        mvc.perform(api(get(path("/diagnose"))).param("peildatum", "2018-11-15")).andExpect(jsonPath("$.situatie.waarde").value("direct-werk"));
        mvc.perform(api(get(path("/situaties")))).andExpect(jsonPath("$.length()").value(4))
                .andExpect(jsonPath("$[?(@.gecorrigeerd == true)].correctiereden").value(hasItem("Verkeerd gekozen")));

        var access = accounts.accessFor(accounts.idOf("consulent.steenwijkerland"), Permission.CLIENT_READ, Channel.BATCH);
        assertThat(diagnoses.onDate(access, List.of(client), LocalDate.of(2018, 6, 1)).get(client).situation())
                .isEqualTo(CurrentSituation.LEREN_ONTWIKKELEN);
    }

    @Test
    void refusesImpossibleInputAndStoresNothing() throws Exception {
        create("/laddertreden", "{\"trede\": 3, \"ingangsdatum\": \"2020-01-01\"}");
        long before = rows();
        String tomorrow = LocalDate.now().plusDays(1).toString();
        expectInvalid("/sectoren", "{\"sectoren\": [\"PRODUCTIE\", \"BOUW\", \"GROEN\", \"LOGISTIEK\"], \"ingangsdatum\": \"2020-01-01\"}", "sectoren");
        expectInvalid("/sectoren", "{\"sectoren\": [\"ONBEKEND\"], \"ingangsdatum\": \"2020-01-01\"}", "sectoren");
        expectInvalid("/zrm-metingen", zrm("2020-01-01", 3, "justitie"), "justitie");
        expectInvalid("/zrm-metingen", zrm("2020-01-01", 6, ""), "financien");
        expectInvalid("/laddertreden", "{\"trede\": 7, \"ingangsdatum\": \"2020-02-01\"}", "trede");
        expectInvalid("/laddertreden", "{\"trede\": 4, \"ingangsdatum\": \"" + tomorrow + "\"}", "ingangsdatum");
        expectInvalid("/laddertreden", "{\"trede\": 4, \"ingangsdatum\": \"2020-01-01\"}", "ingangsdatum");
        expectInvalid("/laddertreden", "{\"trede\": 4, \"ingangsdatum\": \"1970-01-01\"}", "ingangsdatum");
        expectInvalid("/laddertreden", "{\"trede\": \"drie\", \"ingangsdatum\": \"2020-02-01\"}", "trede");
        expectInvalid("/testen", "{\"soort\": \"taal\", \"aanbieder\": \"ROC\", \"datum\": \"" + tomorrow + "\", \"resultaat\": \"1F\"}", "datum");
        expectInvalid("/testen", "{\"soort\": \"taal\", \"aanbieder\": \"ROC\", \"datum\": \"2020-01-01\", \"resultaat\": \"1F\", \"categorie\": 4}", "categorie");
        expectInvalid("/beroepen", "{\"uri\": \"http://data.europa.eu/esco/occupation/bestaat-niet\", \"soort\": \"interesse\", \"vanaf\": \"2020-01-01\"}", "uri");
        expectInvalid("/beroepen", "{\"uri\": \"http://data.europa.eu/esco/occupation/00030d09-2b3a-4efd-87cc-c4ea39d27c34\", "
                + "\"soort\": \"interesse\", \"vanaf\": \"2020-01-01\", \"tot\": \"2019-01-01\"}", "tot");
        mvc.perform(api(post(path("/situaties"))).content("{\"situatie\": "))
                .andExpect(status().isBadRequest()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(rows()).isEqualTo(before);
    }

    private void expectInvalid(String rest, String body, String field) throws Exception {
        mvc.perform(api(post(path(rest))).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.invalidParams[*].name").value(hasItem(field)))
                .andExpect(content().string(not(containsString("Exception"))));
    }

    @Test
    void recordsEveryKindAndShowsItOnTheScreens() throws Exception {
        create("/perspectieven", "{\"perspectief\": \"werk\", \"ingangsdatum\": \"2021-01-01\"}");
        create("/sectoren", "{\"sectoren\": [\"PRODUCTIE\", \"HORECA\"], \"ingangsdatum\": \"2021-01-01\"}");
        create("/zrm-metingen", zrm("2021-01-01", 2, ""));
        create("/zrm-metingen", zrm("2022-01-01", 4, ""));
        create("/testen", "{\"soort\": \"praktijkassessment\", \"aanbieder\": \"Wedeka\", \"datum\": \"2021-03-01\", \"resultaat\": \"geschikt\", \"categorie\": 2}");
        create("/testen", "{\"soort\": \"taal\", \"aanbieder\": \"ROC\", \"datum\": \"2021-02-01\", \"resultaat\": \"1F\"}");
        create("/beroepen", "{\"uri\": \"http://data.europa.eu/esco/occupation/00030d09-2b3a-4efd-87cc-c4ea39d27c34\", \"soort\": \"ervaring\", \"vanaf\": \"2019-01-01\", \"tot\": \"2020-01-01\"}");
        mvc.perform(api(get(path("/diagnose")))).andExpect(jsonPath("$.arbeidsvermogen").value(true))
                .andExpect(jsonPath("$.zrm.waarde.financien").value(4)).andExpect(jsonPath("$.testen[0].waarde.categorie").value(2))
                .andExpect(jsonPath("$.beroepen").isEmpty());

        String page = mvc.perform(get("/werkzoekenden/" + client + "/diagnose").with(user("consulent.steenwijkerland")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Productie/uitvoerend, Horeca/catering", "inspiciënt", "Wedeka", "data-chart=\"zrm\"", "<caption");
        mvc.perform(get("/werkzoekenden/" + client).with(user("consulent.steenwijkerland")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Diagnose in één oogopslag")));
        mvc.perform(get("/werkzoekenden/" + client + "/tijdlijn").with(user("consulent.steenwijkerland")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Praktijkassessment")));
        mvc.perform(get("/werkzoekenden/" + client + "/diagnose").with(user("analist.igsd")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("name=\"situationFrom\""))));
    }

    @Test
    void screenFormsShowErrorsNextToTheFieldsAndStoreNothing() throws Exception {
        long before = rows();
        mvc.perform(post("/werkzoekenden/" + client + "/diagnose/sectoren").with(user("consulent.steenwijkerland")).with(csrf())
                        .param("sectors", "PRODUCTIE", "BOUW", "GROEN", "LOGISTIEK").param("sectorsFrom", "2020-01-01"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Kies ten hoogste drie sectoren.")))
                .andExpect(content().string(containsString("id=\"sectors-error\"")));
        mvc.perform(post("/werkzoekenden/" + client + "/diagnose/trede").with(user("consulent.steenwijkerland")).with(csrf())
                        .param("step", "7").param("ladderFrom", LocalDate.now().plusDays(3).toString()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"step-error\"")));
        mvc.perform(post("/werkzoekenden/" + client + "/diagnose/zrm").with(user("consulent.steenwijkerland")).with(csrf())
                        .param("version", "ZRM 2017").param("zrmOn", "2020-01-01").param("finances", "3"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"justice-error\"")));
        mvc.perform(post("/werkzoekenden/" + client + "/diagnose/situatie").with(user("consulent.steenwijkerland")).with(csrf())
                        .param("situation", "DIRECT_WERK").param("situationFrom", "2020-01-01"))
                .andExpect(status().is3xxRedirection());
        assertThat(rows()).isEqualTo(before + 1);
        mvc.perform(get("/beroepen/suggesties").param("zoek", "inspicient").with(user("consulent.steenwijkerland")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("00030d09-2b3a-4efd-87cc-c4ea39d27c34")));
    }


    /** The demo generator's path: a full history for every demo client in one call, well under ten seconds (rolled back). */
    @Test
    void loadsWholeHistoriesOfManyClientsAtOnce() {
        fixtures.user("bulk.caseworker", nl.opstap.access.Role.CASEWORKER, Fixtures.STEENWIJKERLAND, Fixtures.WESTERVELD);
        var write = accounts.accessFor(accounts.idOf("bulk.caseworker"), Permission.CLIENT_WRITE, Channel.BATCH);
        List<ClientId> clients = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            clients.add(fixtures.client(i % 2 == 0 ? Fixtures.STEENWIJKERLAND : Fixtures.WESTERVELD, "Bulk", Fixtures.unique("Bulk")));
        }
        Map<ZrmDomain, ZrmScore> scores = new EnumMap<>(ZrmDomain.class);
        for (ZrmDomain d : ZrmDomain.values()) {
            scores.put(d, ZrmScore.SUFFICIENT);
        }
        List<FactRecord> facts = new ArrayList<>();
        LocalDate from = LocalDate.of(2018, 1, 1);
        for (ClientId id : clients) {
            facts.add(new FactRecord.SituationFact(id, CurrentSituation.TALENT_IN_KAART, from));
            facts.add(new FactRecord.SituationFact(id, CurrentSituation.LEREN_ONTWIKKELEN, from.plusMonths(6)));
            facts.add(new FactRecord.PerspectiveFact(id, Perspective.WERK, from));
            facts.add(new FactRecord.LadderFact(id, LadderStep.STEP_3, from));
            facts.add(new FactRecord.LadderFact(id, LadderStep.STEP_4, from.plusMonths(9)));
            facts.add(new FactRecord.SectorsFact(id, List.of("PRODUCTIE", "DIENSTVERLENING"), from));
            facts.add(new FactRecord.ZrmFact(id, scores, from));
            facts.add(new FactRecord.TestFact(id, TestType.LANGUAGE, "ROC", from, "1F", null, java.time.Instant.parse("2018-02-01T10:00:00Z")));
        }
        assertThat(diagnoses.recordHistory(write, facts)).isEqualTo(facts.size());

        var read = accounts.accessFor(accounts.idOf("bulk.caseworker"), Permission.CLIENT_READ, Channel.BATCH);
        Map<ClientId, DiagnosisSnapshot> summer = diagnoses.onDate(read, clients, LocalDate.of(2018, 7, 15));
        Map<ClientId, DiagnosisSnapshot> autumn = diagnoses.onDate(read, clients, LocalDate.of(2018, 11, 15));
        assertThat(summer.values()).allSatisfy(s -> assertThat(s.situation()).isEqualTo(CurrentSituation.LEREN_ONTWIKKELEN));
        assertThat(summer.values()).allSatisfy(s -> assertThat(s.ladderStep()).isEqualTo(LadderStep.STEP_3));
        assertThat(autumn.values()).allSatisfy(s -> assertThat(s.ladderStep()).isEqualTo(LadderStep.STEP_4));
        assertThat(autumn).hasSize(40);
    }

    @Test
    void loadsHistoriesInBulkAndListsMissingAndOutdatedDiagnoses() {
        var write = accounts.accessFor(accounts.idOf("consulent.steenwijkerland"), Permission.CLIENT_WRITE, Channel.BATCH);
        ClientId other = fixtures.client(STEENWIJKERLAND, "Bulk", Fixtures.unique("Test"));
        Map<ZrmDomain, ZrmScore> scores = new EnumMap<>(ZrmDomain.class);
        for (ZrmDomain d : ZrmDomain.values()) {
            scores.put(d, ZrmScore.LIMITED);
        }
        List<FactRecord> facts = new ArrayList<>();
        facts.add(new FactRecord.SituationFact(client, CurrentSituation.ONDERZOEK_ZORG, LocalDate.of(2018, 1, 1), LocalDate.of(2018, 6, 1), null));
        facts.add(new FactRecord.SituationFact(client, CurrentSituation.DIRECT_WERK, LocalDate.of(2018, 8, 1)));
        facts.add(new FactRecord.PerspectiveFact(client, Perspective.ZORG, LocalDate.of(2018, 1, 1)));
        facts.add(new FactRecord.LadderFact(client, LadderStep.STEP_2, LocalDate.of(2018, 1, 1)));
        facts.add(new FactRecord.ZrmFact(client, scores, LocalDate.of(2018, 1, 1)));
        facts.add(new FactRecord.SectorsFact(other, List.of("BOUW"), LocalDate.of(2019, 1, 1)));
        assertThat(diagnoses.recordHistory(write, facts)).isEqualTo(6);

        var read = accounts.accessFor(accounts.idOf("consulent.steenwijkerland"), Permission.CLIENT_READ, Channel.BATCH);
        Map<ClientId, DiagnosisSnapshot> july = diagnoses.onDate(read, List.of(client, other), LocalDate.of(2018, 7, 1));
        assertThat(july.get(client).situation()).isNull();
        assertThat(diagnoses.onDate(read, List.of(client), LocalDate.of(2018, 8, 1)).get(client).situation()).isEqualTo(CurrentSituation.DIRECT_WERK);
        assertThat(july.get(client).perspective()).isEqualTo(Perspective.ZORG);

        List<FactRecord> again = List.of(new FactRecord.LadderFact(client, LadderStep.STEP_3, LocalDate.of(2019, 1, 1)));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> diagnoses.recordHistory(write, again))
                .isInstanceOf(nl.opstap.shared.domain.RuleViolation.class);

        List<WorkItem> items = worklist.itemsFor(List.of(client, other), LocalDate.now(), LocalDate.now().plusDays(14));
        assertThat(items).extracting(WorkItem::kindKey).contains("worklist.kind.diagnosisMissing", "worklist.kind.diagnosisOutdated");
        assertThat(items.stream().filter(i -> i.client().equals(other)).map(WorkItem::kindKey)).containsExactly("worklist.kind.diagnosisMissing");
    }

    @Test
    void zrmScoresReachOnlyCaseworkersJobcoachesAndTeamLeads() throws Exception {
        ClientId client = fixtures.client(STEENWIJKERLAND, "Zrm", Fixtures.unique("Gevoelig"));
        Map<ZrmDomain, ZrmScore> scores = new EnumMap<>(ZrmDomain.class);
        for (ZrmDomain d : ZrmDomain.values()) {
            scores.put(d, d == ZrmDomain.JUSTICE ? ZrmScore.ACUTE : ZrmScore.SUFFICIENT);
        }
        diagnoses.record(fixtures.caseworkerAccess(STEENWIJKERLAND), new FactRecord.ZrmFact(client, scores, LocalDate.now().minusDays(3)));
        String page = "/werkzoekenden/" + client;
        for (String reader : List.of("consulent.steenwijkerland", "jobcoach.igsd", "analist.igsd")) {
            mvc.perform(get(page + "/diagnose").with(user(reader))).andExpect(content().string(containsString("Justitie 1")));
            mvc.perform(get(page + "/tijdlijn").with(user(reader))).andExpect(content().string(containsString("Justitie 1")));
        }
        for (String other : List.of("accountmanager.igsd", "beheer.igsd")) {
            mvc.perform(get(page + "/diagnose").with(user(other))).andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("Justitie 1"))))
                    .andExpect(content().string(containsString("Alleen de klantmanager, de jobcoach en de teamleider")));
            mvc.perform(get(page).with(user(other))).andExpect(content().string(containsString("Alleen zichtbaar voor klantmanager")));
            mvc.perform(get(page + "/tijdlijn").with(user(other))).andExpect(content().string(not(containsString("Justitie"))));
            mvc.perform(get("/api/v1/werkzoekenden/" + client + "/zrm-metingen").header("Authorization", "Bearer demo-token-" + other))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/werkzoekenden/" + client + "/diagnose").header("Authorization", "Bearer demo-token-" + other))
                    .andExpect(status().isOk()).andExpect(content().string(not(containsString("justitie"))));
        }
    }
}
