package nl.opstap.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import nl.opstap.access.Access;
import nl.opstap.access.Channel;
import nl.opstap.access.Permission;
import nl.opstap.access.UserAccounts;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientId;
import nl.opstap.employer.Employers;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.taxonomy.Competence;
import nl.opstap.taxonomy.Occupations;
import nl.opstap.taxonomy.Sectors;
import nl.opstap.testsupport.Fixtures;
import nl.opstap.testsupport.OpstapIntegrationTest;
import nl.opstap.vacancy.ImportedVacancy;
import nl.opstap.vacancy.Vacancies;
import nl.opstap.vacancy.VacancyForm;
import nl.opstap.vacancy.VacancyId;
import nl.opstap.vacancy.VacancyStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Matching through the API: hard filters, the explanation, changes visible at once, the pair workflow with its log,
 * consent before putting forward, rejected pairs never proposed again, and bad input refused with nothing stored.
 */
@OpstapIntegrationTest
class MatchingIT {

    static final String CASEWORKER = "Bearer demo-token-consulent.steenwijkerland";
    static final String TDC = "Bearer demo-token-consulent.stadskanaal";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    @Autowired UserAccounts accounts;
    @Autowired ClientDirectory clients;
    @Autowired Employers employers;
    @Autowired Vacancies vacancies;
    @Autowired Occupations occupations;
    @Autowired Sectors sectors;
    @Autowired MatchingConsents consents;

    private Fixtures fixtures;
    private String name;
    private Competence competence;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(accounts, clients);
        name = Fixtures.unique("Match");
        competence = consents.competencesIn(new MunicipalityCode(Fixtures.STEENWIJKERLAND)).getFirst();
    }

    private ClientId client(String first, boolean share) {
        ClientId id = fixtures.client(Fixtures.STEENWIJKERLAND, first, name);
        consents.importAll(fixtures.caseworkerAccess(Fixtures.STEENWIJKERLAND),
                List.of(new MatchingConsents.ConsentImport(id, true, share, LocalDate.now().minusDays(3), List.of(competence.id()))));
        return id;
    }

    private VacancyId vacancy(int hoursMin, int hoursMax, String municipality) {
        String manager = municipality.equals(Fixtures.STADSKANAAL) ? "accountmanager.tdc" : "accountmanager.igsd";
        Access access = accounts.accessFor(accounts.idOf(manager), Permission.EMPLOYER_WRITE, Channel.BATCH);
        String kvk = String.valueOf(10_000_000 + (int) (Math.random() * 89_999_999));
        String employer = employers.importEmployers(access, List.of(new nl.opstap.employer.EmployerForm(kvk, "Matchtest " + kvk,
                nl.opstap.employer.SbiSection.C, "Markt", "1", municipality.equals(Fixtures.STADSKANAAL) ? "9501AB" : "8331AB", "Plaats",
                municipality, 30, false, false, null, null))).getFirst().id().toString();
        String sector = sectors.forMunicipality(new MunicipalityCode(municipality)).getFirst().code();
        VacancyForm form = new VacancyForm(java.util.UUID.fromString(employer), "Medewerker " + name, occupations.search("kok", 1).getFirst().uri(),
                sector, municipality.equals(Fixtures.STADSKANAAL) ? "9501AB" : "8332AB", hoursMin, hoursMax, null, null, null, List.of(),
                List.of(), municipality.equals(Fixtures.STADSKANAAL) ? List.of() : List.of(competence.id()), List.of(), false, null, false, 2);
        return vacancies.importVacancies(access, List.of(new ImportedVacancy(form, LocalDate.now(), VacancyStatus.OPEN))).getFirst();
    }

    private static MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request, String token) {
        return request.header("Authorization", token).contentType(MediaType.APPLICATION_JSON);
    }

    private ResultActions candidates(VacancyId vacancy) throws Exception {
        return mvc.perform(api(get("/api/v1/vacatures/" + vacancy.value() + "/kandidaten").param("tekst", name), CASEWORKER));
    }

    private long stored() {
        return jdbc.sql("SELECT (SELECT COUNT(*) FROM matching_pair) + (SELECT COUNT(*) FROM matching_pair_step)").query(Long.class).single();
    }

    @Test
    void candidatesAreExplainedPerCriterionAndOnlyThoseWhoConsentAppear() throws Exception {
        ClientId yes = client("Anna", true);
        ClientId without = fixtures.client(Fixtures.STEENWIJKERLAND, "Bert", name);
        VacancyId vacancy = vacancy(20, 32, Fixtures.STEENWIJKERLAND);
        long rankings = jdbc.sql("SELECT COUNT(*) FROM matching_ranking_shown").query(Long.class).single();
        candidates(vacancy).andExpect(status().isOk())
                .andExpect(jsonPath("$.resultaten", hasSize(1)))
                .andExpect(jsonPath("$.resultaten[0].id").value(yes.value().toString()))
                .andExpect(jsonPath("$.resultaten[0].criteria", hasSize(9)))
                .andExpect(jsonPath("$.resultaten[0].criteria[1].naam").value("Vereiste vaardigheden"))
                .andExpect(jsonPath("$.resultaten[0].criteria[1].uitleg").value("1 van de 1 vereiste vaardigheden aanwezig"))
                .andExpect(jsonPath("$.resultaten[0].aanwezigeVaardigheden[0]").value(competence.name()))
                .andExpect(jsonPath("$.resultaten[0].ontbrekendeVaardigheden", hasSize(0)));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM processing_log WHERE activity = 'opstap-11' AND action = 'LIST' AND subject IS NOT NULL")
                .query(Long.class).single()).isPositive();
        assertThat(without).isNotNull();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM matching_ranking_shown").query(Long.class).single()).isEqualTo(rankings + 1);
    }

    @Test
    void aChangeIsVisibleToTheNextQuery() throws Exception {
        ClientId id = client("Cees", true);
        VacancyId vacancy = vacancy(20, 32, Fixtures.STEENWIJKERLAND);
        candidates(vacancy).andExpect(jsonPath("$.resultaten", hasSize(1)));
        mvc.perform(api(put("/api/v1/werkzoekenden/" + id.value() + "/toestemming-matching"), CASEWORKER).header("If-Match", "\"1\"")
                .content("{\"matching\": false, \"delenMetWerkgevers\": false, \"gegevenOp\": \"" + LocalDate.now() + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.matching").value(false));
        candidates(vacancy).andExpect(jsonPath("$.resultaten", hasSize(0)));
    }

    @Test
    void pairsMoveStepByStepWithConsentBeforePuttingForward() throws Exception {
        ClientId id = client("Dirk", false);
        VacancyId vacancy = vacancy(20, 32, Fixtures.STEENWIJKERLAND);
        String body = "{\"werkzoekendeId\": \"" + id.value() + "\", \"vacatureId\": \"" + vacancy.value() + "\"}";
        String created = mvc.perform(api(post("/api/v1/koppelingen"), CASEWORKER).content(body)).andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"1\"")).andExpect(jsonPath("$.status").value("voorgesteld"))
                .andExpect(jsonPath("$.stappen[0].toelichting", org.hamcrest.Matchers.containsString("Vereiste vaardigheden")))
                .andReturn().getResponse().getContentAsString();
        String pair = json.readTree(created).get("id").asString();
        mvc.perform(api(post("/api/v1/koppelingen"), CASEWORKER).content(body)).andExpect(status().isConflict());
        step(pair, 1, "{\"status\": \"geschikt\"}").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("geschikt"));
        long before = stored();
        step(pair, 2, "{\"status\": \"voorgedragen\"}").andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.invalidParams[0].reason", org.hamcrest.Matchers.containsString("toestemming")));
        step(pair, 1, "{\"status\": \"voorgedragen\"}").andExpect(status().isPreconditionFailed());
        assertThat(stored()).isEqualTo(before);
        mvc.perform(api(put("/api/v1/werkzoekenden/" + id.value() + "/toestemming-matching"), CASEWORKER).header("If-Match", "\"1\"")
                .content("{\"matching\": true, \"delenMetWerkgevers\": true, \"gegevenOp\": \"" + LocalDate.now() + "\", \"competenties\": [\""
                        + competence.id() + "\"]}")).andExpect(status().isOk());
        step(pair, 2, "{\"status\": \"voorgedragen\"}").andExpect(status().isOk());
        step(pair, 3, "{\"status\": \"afgewezen\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name", hasItem("reden")));
        step(pair, 3, "{\"status\": \"afgewezen\", \"reden\": \"Andere kandidaat gekozen\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.stappen", hasSize(4))).andExpect(jsonPath("$.stappen[3].reden").value("Andere kandidaat gekozen"))
                .andExpect(jsonPath("$.stappen[3].door").isNotEmpty());
        candidates(vacancy).andExpect(jsonPath("$.resultaten", hasSize(0)));
    }

    private ResultActions step(String pair, int version, String body) throws Exception {
        return mvc.perform(api(post("/api/v1/koppelingen/" + pair + "/stappen"), CASEWORKER).header("If-Match", "\"" + version + "\"").content(body));
    }

    @Test
    void hardFiltersAreNeverViolatedAndAPersonCannotForceThem() throws Exception {
        ClientId id = client("Eva", true);
        VacancyId tooManyHours = vacancy(50, 60, Fixtures.STEENWIJKERLAND);
        jdbc.sql("UPDATE client SET hours_per_week = 24 WHERE id = ?").param(id.value()).update();
        clientChanged(id);
        candidates(tooManyHours).andExpect(jsonPath("$.resultaten", hasSize(0)));
        long before = stored();
        mvc.perform(api(post("/api/v1/koppelingen"), CASEWORKER).content("{\"werkzoekendeId\": \"" + id.value() + "\", \"vacatureId\": \""
                        + tooManyHours.value() + "\"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].reason", org.hamcrest.Matchers.containsString("uren")));
        assertThat(stored()).isEqualTo(before);
    }

    @Autowired MatchingIndex index;

    private void clientChanged(ClientId id) {
        index.refresh(id);
    }

    @Test
    void badInputIsRefusedInDutch() throws Exception {
        VacancyId own = vacancy(20, 32, Fixtures.STEENWIJKERLAND);
        VacancyId foreign = vacancy(20, 32, Fixtures.STADSKANAAL);
        mvc.perform(api(get("/api/v1/vacatures/" + foreign.value() + "/kandidaten"), CASEWORKER)).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(api(get("/api/v1/vacatures/" + java.util.UUID.randomUUID() + "/kandidaten"), CASEWORKER)).andExpect(status().isNotFound());
        mvc.perform(api(get("/api/v1/vacatures/" + own.value() + "/kandidaten").param("maxAfstandKm", "900").param("tredeVan", "x"), CASEWORKER))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[*].name", hasItem("tredeVan")));
        mvc.perform(api(get("/api/v1/vacatures/" + own.value() + "/kandidaten").param("maxAfstandKm", "900"), CASEWORKER))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].reason").value("Geef een afstand van 0 tot en met 250 km."));
        mvc.perform(api(post("/api/v1/koppelingen"), CASEWORKER).content("{}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams", hasSize(2)));
        mvc.perform(api(post("/api/v1/koppelingen"), TDC).content("{\"werkzoekendeId\": \"" + client("Fien", true).value()
                + "\", \"vacatureId\": \"" + foreign.value() + "\"}")).andExpect(status().isBadRequest());
    }

    @Test
    void savedSearchesAreSharedWithTheTeamAndApplied() throws Exception {
        client("Gijs", true);
        VacancyId vacancy = vacancy(20, 32, Fixtures.STEENWIJKERLAND);
        String saved = mvc.perform(api(post("/api/v1/matching/zoekopdrachten"), CASEWORKER).content("""
                {"naam": "Dichtbij %s", "richting": "kandidaten", "gemeenteCode": "GM1708", "gedeeld": true,
                 "filters": {"maxAfstandKm": 0, "tekst": "%s"}}""".formatted(name, name))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String id = json.readTree(saved).get("id").asString();
        mvc.perform(api(get("/api/v1/matching/zoekopdrachten"), "Bearer demo-token-jobcoach.igsd"))
                .andExpect(jsonPath("$[*].id", hasItem(id)));
        mvc.perform(api(get("/api/v1/vacatures/" + vacancy.value() + "/kandidaten").param("zoekopdracht", id), CASEWORKER))
                .andExpect(status().isOk()).andExpect(jsonPath("$.filters.maxAfstandKm").value(0))
                .andExpect(jsonPath("$.resultaten", hasSize(0)));
        mvc.perform(api(post("/api/v1/matching/zoekopdrachten"), CASEWORKER).content("{\"richting\": \"x\", \"gemeenteCode\": \"GM0037\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams", hasSize(3)));
    }
}
