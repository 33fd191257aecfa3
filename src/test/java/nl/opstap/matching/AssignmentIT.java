package nl.opstap.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Bulk assignment on screen and in the API, with synthetic clients and vacancies placed where no other test's clients
 * live (each test its own town, so the candidate lists are exactly ours): a case where the greedy pass loses to the
 * optimum, the reviewer keeping some rows, all or nothing, the processing log, and bad input refused with nothing done.
 */
@OpstapIntegrationTest
class AssignmentIT {

    static final String CASEWORKER = "Bearer demo-token-consulent.steenwijkerland";
    static final String TDC = "Bearer demo-token-consulent.stadskanaal";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserAccounts accounts;
    @Autowired ClientDirectory clients;
    @Autowired Employers employers;
    @Autowired Vacancies vacancies;
    @Autowired Occupations occupations;
    @Autowired Sectors sectors;
    @Autowired MatchingConsents consents;
    @Autowired MatchingIndex index;
    @Autowired tools.jackson.databind.json.JsonMapper mapper;

    private final RequestPostProcessor caseworker = user("consulent.steenwijkerland");
    private Fixtures fixtures;
    private String name;
    private List<Competence> competences;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(accounts, clients);
        name = Fixtures.unique("Toewijs");
        competences = consents.competencesIn(new MunicipalityCode(Fixtures.STEENWIJKERLAND));
        assertThat(competences).hasSizeGreaterThanOrEqualTo(3);
    }

    /**
     * Anna has c1 and c2, Bram c1 and 24 hours a week. X asks c1 and wishes c2; Y asks c1 and c3 and 36 to 40 hours.
     * Anna–X is the best single pair (required and desired), Anna–Y next (half the required), Bram–X below; Bram may not
     * go to Y. Greedy: Anna → X, Bram nowhere. Optimum: Anna → Y and Bram → X.
     */
    record Case(ClientId anna, ClientId bram, VacancyId x, VacancyId y) {}

    private Case greedyLoses(String postcode) {
        Competence c1 = competences.get(0);
        Competence c2 = competences.get(1);
        Competence c3 = competences.get(2);
        ClientId anna = client("Anna", postcode, null, c1, c2);
        ClientId bram = client("Bram", postcode, 24, c1);
        UUID employer = employer();
        VacancyId x = vacancy(employer, "Kok X " + name, postcode, 20, 32, List.of(c1.id()), List.of(c2.id()), 1);
        VacancyId y = vacancy(employer, "Kok Y " + name, postcode, 36, 40, List.of(c1.id(), c3.id()), List.of(), 1);
        return new Case(anna, bram, x, y);
    }

    private ClientId client(String first, String postcode, Integer hours, Competence... has) {
        ClientId id = fixtures.client(Fixtures.STEENWIJKERLAND, first, name);
        consents.importAll(fixtures.caseworkerAccess(Fixtures.STEENWIJKERLAND), List.of(new MatchingConsents.ConsentImport(id, true, true,
                LocalDate.now().minusDays(3), java.util.Arrays.stream(has).map(Competence::id).toList())));
        jdbc.sql("UPDATE client SET postcode = ?, hours_per_week = ? WHERE id = ?").param(postcode).param(hours).param(id.value()).update();
        index.refresh(id);
        return id;
    }

    private UUID employer() {
        Access access = accounts.accessFor(accounts.idOf("accountmanager.igsd"), Permission.EMPLOYER_WRITE, Channel.BATCH);
        String kvk = String.valueOf(10_000_000 + (int) (Math.random() * 89_999_999));
        return employers.importEmployers(access, List.of(new nl.opstap.employer.EmployerForm(kvk, "Toewijstest " + kvk,
                nl.opstap.employer.SbiSection.I, "Markt", "1", "8331AB", "Steenwijk", Fixtures.STEENWIJKERLAND, 30, false, false, null,
                null))).getFirst().id().value();
    }

    private VacancyId vacancy(UUID employer, String title, String postcode, int hoursMin, int hoursMax, List<UUID> required,
                              List<UUID> desired, int positions) {
        Access access = accounts.accessFor(accounts.idOf("accountmanager.igsd"), Permission.EMPLOYER_WRITE, Channel.BATCH);
        String sector = sectors.forMunicipality(new MunicipalityCode(Fixtures.STEENWIJKERLAND)).getFirst().code();
        VacancyForm form = new VacancyForm(employer, title, occupations.search("kok", 1).getFirst().uri(), sector, postcode, hoursMin,
                hoursMax, null, null, null, List.of(), List.of(), required, desired, false, null, false, positions);
        return vacancies.importVacancies(access, List.of(new ImportedVacancy(form, LocalDate.now(), VacancyStatus.OPEN))).getFirst();
    }

    private VacancyId foreignVacancy() {
        Access access = accounts.accessFor(accounts.idOf("accountmanager.tdc"), Permission.EMPLOYER_WRITE, Channel.BATCH);
        String kvk = String.valueOf(10_000_000 + (int) (Math.random() * 89_999_999));
        UUID employer = employers.importEmployers(access, List.of(new nl.opstap.employer.EmployerForm(kvk, "Toewijstest " + kvk,
                nl.opstap.employer.SbiSection.I, "Markt", "1", "9501AB", "Stadskanaal", Fixtures.STADSKANAAL, 30, false, false, null,
                null))).getFirst().id().value();
        String sector = sectors.forMunicipality(new MunicipalityCode(Fixtures.STADSKANAAL)).getFirst().code();
        VacancyForm form = new VacancyForm(employer, "Elders " + name, occupations.search("kok", 1).getFirst().uri(), sector, "9501AB", 20,
                32, null, null, null, List.of(), List.of(), List.of(), List.of(), false, null, false, 1);
        return vacancies.importVacancies(access, List.of(new ImportedVacancy(form, LocalDate.now(), VacancyStatus.OPEN))).getFirst();
    }

    private static MockHttpServletRequestBuilder api(String token, String body) {
        return post("/api/v1/matching/toewijzingen").header("Authorization", token).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static String ids(VacancyId... ids) {
        return "{\"vacatureIds\": [" + String.join(", ", java.util.Arrays.stream(ids).map(i -> "\"" + i.value() + "\"").toList()) + "]}";
    }

    private long pairs() {
        return jdbc.sql("SELECT (SELECT COUNT(*) FROM matching_pair) + (SELECT COUNT(*) FROM matching_pair_step)").query(Long.class).single();
    }

    private long logged(String action) {
        return jdbc.sql("SELECT COUNT(*) FROM processing_log WHERE activity = 'opstap-11' AND action = ?").param(action).query(Long.class).single();
    }

    @Test
    void theApiProposesTheOptimumAndShowsWhatTheGreedyPassWouldReach() throws Exception {
        Case c = greedyLoses("1011AB");
        long listed = logged("LIST");
        long before = pairs();
        mvc.perform(api(CASEWORKER, ids(c.x(), c.y()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.toewijzingen", hasSize(2)))
                .andExpect(jsonPath("$.toewijzingen[0].vacatureId").value(c.x().value().toString()))
                .andExpect(jsonPath("$.toewijzingen[0].werkzoekendeId").value(c.bram().value().toString()))
                .andExpect(jsonPath("$.toewijzingen[0].werkzoekende").value("Bram " + name))
                .andExpect(jsonPath("$.toewijzingen[1].vacatureId").value(c.y().value().toString()))
                .andExpect(jsonPath("$.toewijzingen[1].werkzoekendeId").value(c.anna().value().toString()))
                .andExpect(jsonPath("$.toewijzingen[1].uitleg", containsString("Vereiste vaardigheden: 1 van de 2 vereiste vaardigheden aanwezig")))
                .andExpect(jsonPath("$.vacatures[0].plaatsen").value(1))
                .andExpect(jsonPath("$.vacatures[0].kandidaten").value(2))
                .andExpect(jsonPath("$.vacatures[1].kandidaten").value(1))
                .andExpect(jsonPath("$.vacatures[1].toegewezen").value(1));
        String body = mvc.perform(api(CASEWORKER, ids(c.x(), c.y()))).andReturn().getResponse().getContentAsString();
        var json = mapper.readTree(body);
        double total = json.get("totaleScore").asDouble();
        double greedy = json.get("totaleScoreBesteEerst").asDouble();
        double bramX = json.get("toewijzingen").get(0).get("score").asDouble();
        double annaY = json.get("toewijzingen").get(1).get("score").asDouble();
        assertThat(total).isGreaterThan(greedy).isCloseTo(bramX + annaY, org.assertj.core.data.Offset.offset(0.11));
        assertThat(greedy).as("greedy takes Anna–X, the best single pair, and leaves Bram without a place").isGreaterThan(bramX)
                .isGreaterThan(annaY).isLessThan(bramX + annaY);
        assertThat(logged("LIST") - listed).as("each client shown logged, per request").isEqualTo(4);
        assertThat(pairs()).as("a proposal stores nothing").isEqualTo(before);
    }

    @Test
    void theReviewerKeepsRowsAndProposesThemAllOrNothing() throws Exception {
        Case c = greedyLoses("3511AB");
        mvc.perform(get("/matching/toewijzing").param("zoek", name).with(caseworker)).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + c.x().value() + "\"")))
                .andExpect(content().string(containsString("Kok Y " + name)));
        long listed = logged("LIST");
        mvc.perform(post("/matching/toewijzing").with(caseworker).with(csrf()).param("vacatureId", c.x().value().toString())
                        .param("vacatureId", c.y().value().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<caption")))
                .andExpect(content().string(containsString("scope=\"row\"")))
                .andExpect(content().string(containsString("Bram " + name)))
                .andExpect(content().string(containsString("punten meer")))
                .andExpect(content().string(containsString("value=\"" + c.y().value() + ":" + c.anna().value() + "\"")));
        assertThat(logged("LIST") - listed).isEqualTo(2);
        long created = logged("CREATE");
        long before = pairs();
        mvc.perform(post("/matching/toewijzing/voorstellen").with(caseworker).with(csrf()).param("vacatureId", c.x().value().toString())
                        .param("vacatureId", c.y().value().toString()).param("keuze", c.y().value() + ":" + c.anna().value()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/matching/toewijzing"));
        assertThat(pairs()).isEqualTo(before + 2);
        assertThat(logged("CREATE") - created).isEqualTo(1);
        assertThat(jdbc.sql("SELECT status FROM matching_pair WHERE client_id = ? AND vacancy_id = ?").param(c.anna().value())
                .param(c.y().value()).query(String.class).single()).isEqualToIgnoringCase("PROPOSED");
        assertThat(jdbc.sql("SELECT s.breakdown FROM matching_pair_step s JOIN matching_pair p ON p.id = s.pair_id WHERE p.client_id = ?")
                .param(c.anna().value()).query(String.class).single()).contains("Vereiste vaardigheden");

        // Bram–X would be fine, Anna–Y is paired already: nothing is stored, and the page says why.
        mvc.perform(post("/matching/toewijzing/voorstellen").with(caseworker).with(csrf()).param("vacatureId", c.x().value().toString())
                        .param("vacatureId", c.y().value().toString()).param("keuze", c.x().value() + ":" + c.bram().value())
                        .param("keuze", c.y().value() + ":" + c.anna().value()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Er is niets voorgesteld. Anna " + name)));
        assertThat(pairs()).isEqualTo(before + 2);
        // Anna, now paired with Y, is no candidate for it any more; Bram may not go there: X is left, and Anna is best for it.
        mvc.perform(api(CASEWORKER, ids(c.x(), c.y()))).andExpect(jsonPath("$.toewijzingen", hasSize(1)))
                .andExpect(jsonPath("$.toewijzingen[0].werkzoekendeId").value(c.anna().value().toString()))
                .andExpect(jsonPath("$.toewijzingen[0].vacatureId").value(c.x().value().toString()))
                .andExpect(jsonPath("$.vacatures[1].kandidaten").value(0));
    }

    @Test
    void badChoicesAreRefusedInDutchWithNothingDone() throws Exception {
        Case c = greedyLoses("6211AB");
        VacancyId foreign = foreignVacancy();
        long listed = logged("LIST");
        long created = logged("CREATE");
        long before = pairs();
        mvc.perform(api(CASEWORKER, "{}")).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.invalidParams[0].name").value("vacatureIds"))
                .andExpect(jsonPath("$.invalidParams[0].reason").value("Kies ten minste één vacature."));
        mvc.perform(api(CASEWORKER, ids(c.x(), foreign))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].reason", containsString("Niet elke gekozen vacature")));
        mvc.perform(api(TDC, ids(c.x()))).andExpect(status().isBadRequest());
        mvc.perform(api(CASEWORKER, "{\"vacatureIds\": [\"" + UUID.randomUUID() + "\", null]}")).andExpect(status().isBadRequest());
        mvc.perform(api(CASEWORKER, "{\"vacatureIds\": [\"geen-id\"]}")).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        List<VacancyId> many = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            many.add(new VacancyId(UUID.randomUUID()));
        }
        mvc.perform(api(CASEWORKER, ids(many.toArray(VacancyId[]::new)))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].reason").value("Kies hoogstens 50 vacatures per keer; u koos er 51."));

        mvc.perform(post("/matching/toewijzing").with(caseworker).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Kies ten minste één vacature.")));
        mvc.perform(post("/matching/toewijzing").with(caseworker).with(csrf()).param("vacatureId", foreign.value().toString()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Niet elke gekozen vacature")))
                .andExpect(content().string(not(containsString("Elders " + name))));
        mvc.perform(post("/matching/toewijzing/voorstellen").with(caseworker).with(csrf()).param("vacatureId", c.x().value().toString())
                        .param("keuze", c.x().value() + ":" + c.anna().value()).param("keuze", c.x().value() + ":" + c.bram().value()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("zijn 2 werkzoekenden aangevinkt en er zijn 1 plaatsen")));
        mvc.perform(post("/matching/toewijzing/voorstellen").with(caseworker).with(csrf()).param("vacatureId", c.x().value().toString())
                        .param("keuze", c.x().value() + ":" + c.anna().value()).param("keuze", c.y().value() + ":" + c.anna().value()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("maar voor één plaats")));
        mvc.perform(post("/matching/toewijzing/voorstellen").with(caseworker).with(csrf()).param("vacatureId", c.x().value().toString()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Vink ten minste één werkzoekende aan")));
        mvc.perform(post("/matching/toewijzing/voorstellen").with(caseworker).with(csrf()).param("vacatureId", foreign.value().toString())
                        .param("keuze", foreign.value() + ":" + c.anna().value()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Niet elke gekozen vacature")));
        // Bram fails Y's hours: a person cannot force a hard filter, and Anna–X before him is not stored either.
        mvc.perform(post("/matching/toewijzing/voorstellen").with(caseworker).with(csrf()).param("vacatureId", c.x().value().toString())
                        .param("vacatureId", c.y().value().toString()).param("keuze", c.x().value() + ":" + c.anna().value())
                        .param("keuze", c.y().value() + ":" + c.bram().value()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("uren")));
        assertThat(pairs()).isEqualTo(before);
        assertThat(logged("CREATE")).isEqualTo(created);
        assertThat(logged("LIST") - listed).as("only the proposals shown again logged their clients").isEqualTo(1 + 1 + 1 + 2);
    }

    @Test
    void onlyStaffWhoMatchSeeTheScreenAndItsNavigation() throws Exception {
        mvc.perform(get("/matching/toewijzing").with(caseworker)).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/matching/toewijzing\"")));
        mvc.perform(get("/matching/toewijzing").with(user("beheer.igsd"))).andExpect(status().isForbidden());
    }
}
