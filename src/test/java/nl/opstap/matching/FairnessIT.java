package nl.opstap.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.opstap.client.ClientId;
import nl.opstap.client.Gender;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.testsupport.Fixtures;
import nl.opstap.testsupport.OpstapIntegrationTest;
import nl.opstap.vacancy.VacancyId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The fairness report on synthetic clients of 2018 (a year no other test or demo data uses): counts, rates, impact ratios
 * flagged below 0.8, small groups hidden everywhere, exposure in the top 10 as recorded, bad periods refused on screen and
 * in the API, only team leads and policy staff of the municipalities, and nothing logged per client.
 */
@OpstapIntegrationTest
class FairnessIT {

    static final String ANALYST = "Bearer demo-token-analist.igsd";
    static final LocalDate CONSENT = LocalDate.of(2018, 3, 1);
    static final LocalDate SHOWN = LocalDate.of(2018, 5, 1);
    // Outside the birth years the Seed003 demo test counts (its young people are born 1991-2000).
    static final LocalDate YOUNG = LocalDate.of(2000, 12, 1);
    static final LocalDate MIDDLE = LocalDate.of(1983, 6, 1);
    static final LocalDate OLDER = LocalDate.of(1963, 6, 1);
    static final String NAME = Fixtures.unique("Synthetisch");
    private static boolean prepared;

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Pairs pairs;
    @Autowired RankingsShown rankings;
    @Autowired org.springframework.context.ApplicationContext context;
    private FairnessFixtures fixtures;

    @BeforeEach
    void prepareOnce() {
        fixtures = new FairnessFixtures(context);
        if (prepared) {
            return;
        }
        String igsd = Fixtures.STEENWIJKERLAND;
        VacancyId vacancy = fixtures.vacancy(igsd, "Eerlijkheidstest");
        group(igsd, Gender.MALE, YOUNG, 5, 4, 2, vacancy);
        group(igsd, Gender.MALE, MIDDLE, 5, 4, 2, vacancy);
        group(igsd, Gender.FEMALE, MIDDLE, 10, 5, 1, vacancy);
        group(igsd, Gender.OTHER, MIDDLE, 3, 3, 0, vacancy);
        group(igsd, Gender.MALE, OLDER, 2, 2, 0, vacancy);
        fixtures.consent(igsd, fixtures.client(igsd, Gender.FEMALE, MIDDLE, NAME), LocalDate.of(2019, 1, 2), true);
        ClientId refused = fixtures.client(igsd, Gender.FEMALE, MIDDLE, NAME);
        fixtures.consent(igsd, refused, CONSENT, false);
        pairs.insert(Pair.propose(refused, vacancy, new MunicipalityCode(igsd), LocalDate.of(2017, 12, 31)), Instant.now());
        String tdc = Fixtures.STADSKANAAL;
        group(tdc, Gender.FEMALE, MIDDLE, 6, 6, 6, fixtures.vacancy(tdc, "Eerlijkheidstest"));
        FairnessReport.Outcome man = RankingsShown.entry(Gender.MALE, MIDDLE, SHOWN);
        FairnessReport.Outcome woman = RankingsShown.entry(Gender.FEMALE, MIDDLE, SHOWN);
        rankings.record(new MunicipalityCode(igsd), SHOWN, List.of(man, woman, man));
        rankings.record(new MunicipalityCode(Fixtures.WESTERVELD), SHOWN, List.of(woman, RankingsShown.entry(Gender.OTHER, MIDDLE, SHOWN),
                RankingsShown.entry(Gender.MALE, YOUNG, SHOWN)));
        rankings.record(new MunicipalityCode(tdc), SHOWN, List.of(woman, woman));
        rankings.record(new MunicipalityCode(igsd), LocalDate.of(2019, 1, 1), List.of(man));
        prepared = true;
    }

    /** Clients of one gender and age who consented in 2018; the first {@code proposed} were proposed, the first {@code selected} put forward. */
    private void group(String municipality, Gender gender, LocalDate born, int count, int proposed, int selected, VacancyId vacancy) {
        for (int i = 0; i < count; i++) {
            ClientId id = fixtures.client(municipality, gender, born, NAME);
            fixtures.consent(municipality, id, CONSENT, true);
            if (i < proposed) {
                PairStatus status = i < selected ? List.of(PairStatus.PUT_FORWARD, PairStatus.HIRED, PairStatus.REJECTED).get(i % 3)
                        : i % 2 == 0 ? PairStatus.PROPOSED : PairStatus.UNSUITABLE;
                pairs.insert(new Pair(java.util.UUID.randomUUID(), id, vacancy, new MunicipalityCode(municipality), status,
                        LocalDate.of(2018, 4, 1 + i), 1), Instant.now());
            }
        }
    }

    private ResultActions api(String from, String to, String token) throws Exception {
        return mvc.perform(get("/api/v1/matching/eerlijkheid").param("van", from).param("tot", to).header("Authorization", token));
    }

    private long logEntries() {
        return jdbc.sql("SELECT COUNT(*) FROM processing_log").query(Long.class).single();
    }

    @Test
    void theApiGivesRatesAndImpactRatiosPerGroupFlagsBelowFourFifthsAndHidesSmallGroupsEverywhere() throws Exception {
        String men = "$.dimensies[0].groepen[?(@.groep == 'man')].";
        String women = "$.dimensies[0].groepen[?(@.groep == 'vrouw')].";
        String middle = "$.dimensies[1].groepen[?(@.groep == '27-49')].";
        long logged = logEntries();
        api("2018-01-01", "2018-12-31", ANALYST).andExpect(status().isOk())
                .andExpect(jsonPath("$.gemeenten", containsInAnyOrder("Steenwijkerland", "Westerveld")))
                .andExpect(jsonPath("$.aantalToplijsten").value(2))
                .andExpect(jsonPath("$.dimensies[0].dimensie").value("geslacht"))
                .andExpect(jsonPath("$.dimensies[0].groepen[*].groep", containsInAnyOrder("man", "vrouw", "anders")))
                .andExpect(jsonPath(men + "kandidaten").value(10)).andExpect(jsonPath(men + "voorgesteld").value(8))
                .andExpect(jsonPath(men + "geselecteerd").value(4)).andExpect(jsonPath(men + "aandeelVoorgesteld").value(0.8))
                .andExpect(jsonPath(men + "impactratioVoorgesteld").value(1.0)).andExpect(jsonPath(men + "onderGrens").value(false))
                .andExpect(jsonPath(women + "kandidaten").value(10)).andExpect(jsonPath(women + "voorgesteld").value(5))
                .andExpect(jsonPath(women + "geselecteerd").value(1)).andExpect(jsonPath(women + "impactratioVoorgesteld").value(0.625))
                .andExpect(jsonPath(women + "impactratioGeselecteerd").value(0.25)).andExpect(jsonPath(women + "onderGrens").value(true))
                .andExpect(jsonPath("$.dimensies[0].groepen[?(@.groep == 'anders')].minderDan5").value(true))
                .andExpect(jsonPath("$.dimensies[0].groepen[?(@.groep == 'anders')].kandidaten").isEmpty())
                .andExpect(jsonPath("$.dimensies[1].groepen[?(@.groep == '50+')].minderDan5").value(true))
                .andExpect(jsonPath("$.dimensies[1].groepen[?(@.groep == 'tot 27')].kandidaten").value(5))
                .andExpect(jsonPath(middle + "kandidaten").value(15)).andExpect(jsonPath(middle + "voorgesteld").value(9))
                .andExpect(jsonPath(middle + "impactratioVoorgesteld").value(0.75)).andExpect(jsonPath(middle + "onderGrens").value(true));
        double second = 1 / (Math.log(3) / Math.log(2));
        double menExposure = (1 + 0.5 + 0.5) / (1 + second + 0.5 + 1 + 0.5);
        api("2018-01-01", "2018-12-31", ANALYST)
                .andExpect(jsonPath(men + "aandeelTop10").value(Math.round(menExposure * 1000) / 1000.0))
                .andExpect(jsonPath(men + "blootstellingsratio").value(Math.round(menExposure / 0.5 * 1000) / 1000.0))
                .andExpect(jsonPath(men + "aandeelKandidaten").value(0.5));
        assertThat(logEntries()).as("aggregates only: nothing logged per client").isEqualTo(logged);
    }

    @Test
    void theScreenShowsTheFiguresTheMarksInTextAndHowToReadThem() throws Exception {
        long logged = logEntries();
        String page = mvc.perform(get("/matching/eerlijkheid").param("van", "2018-01-01").param("tot", "2018-12-31").with(user("analist.igsd")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Naar geslacht", "Naar leeftijdsgroep", "minder dan 5", "onder 0,8", "0,75", "0,25", "80,0%", "50,0%",
                "Kandidatenlijsten waarvan de top 10 is getoond: 2.", "Let op: 1 groep(en) met een impactratio onder 0,8",
                "Ook wie na voordracht is afgewezen, telt als geselecteerd.", "zodat niemand herkenbaar is",
                "leeftijdsgroep (leeftijd op 31-12-2018)", "in Steenwijkerland, Westerveld");
        assertThat(page).doesNotContain(NAME);
        assertThat(logEntries()).isEqualTo(logged);
        mvc.perform(get("/matching/eerlijkheid").with(user("analist.igsd"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + LocalDate.now() + "\"")));
        mvc.perform(get("/").with(user("analist.igsd"))).andExpect(content().string(containsString("href=\"/matching/eerlijkheid\"")));
        mvc.perform(get("/").with(user("consulent.steenwijkerland")))
                .andExpect(content().string(not(containsString("href=\"/matching/eerlijkheid\""))));
    }

    @Test
    void aBadPeriodGetsDutchMessagesNextToItsFieldsOnScreenAndProblemJsonInTheApi() throws Exception {
        String page = mvc.perform(get("/matching/eerlijkheid").param("van", "2018-02-30").param("tot", "").with(user("analist.igsd")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"van-error\"", "Vul de begindatum in als jjjj-mm-dd", "id=\"tot-error\"", "Vul de einddatum in.")
                .doesNotContain("Naar geslacht");
        assertThat(mvc.perform(get("/matching/eerlijkheid").param("van", "2018-05-01").param("tot", "2018-04-30").with(user("analist.igsd")))
                .andReturn().getResponse().getContentAsString()).contains("De einddatum ligt vóór de begindatum.");
        api("2016-01-01", "2018-01-01", ANALYST).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.invalidParams[0].name").value("tot"))
                .andExpect(jsonPath("$.invalidParams[0].reason").value("Kies een periode van hoogstens 2 jaar."));
        mvc.perform(get("/api/v1/matching/eerlijkheid").header("Authorization", ANALYST)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name", containsInAnyOrder("van", "tot")));
        api("2018-12-31", "2018-01-01", ANALYST).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].reason").value("De einddatum ligt vóór de begindatum."));
    }

    @Test
    void onlyTeamLeadsAndPolicyStaffSeeItAndOnlyForTheirOwnMunicipalities() throws Exception {
        for (String username : List.of("consulent.steenwijkerland", "beheer.igsd", "accountmanager.igsd")) {
            mvc.perform(get("/matching/eerlijkheid").with(user(username))).andExpect(status().isForbidden());
            api("2018-01-01", "2018-12-31", "Bearer demo-token-" + username).andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        }
        api("2018-01-01", "2018-12-31", "Bearer demo-token-analist.tdc").andExpect(status().isOk())
                .andExpect(jsonPath("$.gemeenten", containsInAnyOrder("Stadskanaal", "Veendam")))
                .andExpect(jsonPath("$.aantalToplijsten").value(1))
                .andExpect(jsonPath("$.dimensies[0].groepen[*].groep", containsInAnyOrder("vrouw")))
                .andExpect(jsonPath("$.dimensies[0].groepen[0].kandidaten").value(6))
                .andExpect(jsonPath("$.dimensies[0].groepen[0].aandeelGeselecteerd").value(1.0))
                .andExpect(jsonPath("$.dimensies[0].groepen[0].aandeelTop10").value(1.0));
        api("2018-01-01", "2018-12-31", ANALYST).andExpect(content().string(not(containsString("Stadskanaal"))));
    }

    @Test
    void aListShownIsRecordedAsItsTopTenGroupsWithoutWhoTheyWere() {
        List<FairnessReport.Outcome> twelve = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            twelve.add(RankingsShown.entry(i % 2 == 0 ? Gender.FEMALE : Gender.UNKNOWN, i < 6 ? YOUNG : OLDER, LocalDate.of(2016, 2, 2)));
        }
        rankings.record(new MunicipalityCode(Fixtures.VEENDAM), LocalDate.of(2016, 2, 2), twelve);
        rankings.record(new MunicipalityCode(Fixtures.VEENDAM), LocalDate.of(2016, 2, 2), List.of());
        List<String> rows = jdbc.sql("""
                SELECT position || ':' || gender || ':' || age_band FROM matching_ranking_shown
                WHERE municipality_code = 'GM0047' AND shown_on = DATE '2016-02-02' ORDER BY position""").query(String.class).list();
        assertThat(rows).hasSize(10).startsWith("1:vrouw:tot 27", "2:onbekend:tot 27").endsWith("10:onbekend:50+");
        List<String> columns = jdbc.sql("SELECT LOWER(column_name) FROM information_schema.columns WHERE LOWER(table_name) = 'matching_ranking_shown'")
                .query(String.class).list();
        assertThat(columns).containsExactlyInAnyOrder("id", "list_id", "shown_on", "municipality_code", "position", "gender", "age_band");
        List<List<FairnessReport.Outcome>> read = rankings.in(nl.opstap.access.Scope.of(List.of(new MunicipalityCode(Fixtures.VEENDAM))),
                LocalDate.of(2016, 2, 1), LocalDate.of(2016, 2, 2));
        assertThat(read).singleElement().satisfies(list -> assertThat(list).containsExactlyElementsOf(twelve.subList(0, 10)));
    }
}
