package nl.opstap.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import nl.opstap.access.UserAccounts;
import nl.opstap.client.ClientId;
import nl.opstap.client.Gender;
import nl.opstap.testsupport.Fixtures;
import nl.opstap.testsupport.OpstapIntegrationTest;
import nl.opstap.vacancy.VacancyId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The weights an administrator tunes: on screen (comma or dot, errors next to their fields, a colleague's change in
 * between) and in the API (If-Match, problem+json naming the field), refused to administrators of only some
 * municipalities and to everyone else, and used by the very next match query. The defaults are restored after each test.
 */
@OpstapIntegrationTest
class WeightsIT {

    static final String ADMIN = "Bearer demo-token-admin";
    static final String BODY = """
            {"beroep": 7.5, "vereisteVaardigheden": 4, "gewensteVaardigheden": 1.5, "sector": 1, "opleidingsniveau": 1,
             "werkervaring": 2, "testuitslag": 1, "trede": 1, "afstand": 2}""";

    @Autowired MockMvc mvc;
    @Autowired WeightTuning tuning;
    @Autowired WeightSettings settings;
    @Autowired UserAccounts accounts;
    @Autowired ApplicationContext context;

    @AfterEach
    void restoreDefaults() {
        settings.save(Weights.defaults(), accounts.idOf("admin").value(), Instant.now());
    }

    private static MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request, String token) {
        return request.header("Authorization", token).contentType(MediaType.APPLICATION_JSON);
    }

    private static MockHttpServletRequestBuilder screenForm(int version, String occupation, String distance) {
        return post("/matching/gewichten").with(csrf()).param("version", String.valueOf(version)).param("occupation", occupation)
                .param("requiredSkills", "4").param("desiredSkills", "1.5").param("sector", "1").param("education", "1")
                .param("experience", "2").param("testResult", "1").param("ladderStep", "1").param("distance", distance);
    }

    @Test
    void anAdministratorOfAllMunicipalitiesChangesTheWeightsOnScreenWithACommaAndSeesTheHistory() throws Exception {
        String page = mvc.perform(get("/matching/gewichten").with(user("admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Vereiste vaardigheden", "Het deel van de vereiste vaardigheden dat de werkzoekende heeft.",
                "class=\"opstap-form\"", "id=\"occupation\"", "Trede participatieladder");
        int version = tuning.version();
        mvc.perform(screenForm(version, "6,25", "0").with(user("admin")))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/matching/gewichten"))
                .andExpect(flash().attribute("notice", "weights.saved"));
        assertThat(settings.current().occupation()).isEqualTo(6.25);
        assertThat(settings.current().distance()).isZero();
        assertThat(tuning.version()).isEqualTo(version + 1);
        mvc.perform(get("/matching/gewichten").with(user("admin")))
                .andExpect(content().string(containsString("Functioneel beheerder")))
                .andExpect(content().string(containsString("6,25")));
        mvc.perform(get("/").with(user("admin"))).andExpect(content().string(containsString("href=\"/matching/gewichten\"")));
    }

    @Test
    void badValuesAreShownNextToTheirFieldsAndAColleaguesChangeInBetweenIsNotOverwritten() throws Exception {
        int version = tuning.version();
        String page = mvc.perform(screenForm(version, "11", "").with(user("admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"occupation-error\"", "Het gewicht voor Beroep is een getal van 0 tot en met 10",
                "id=\"distance-error\"", "Vul het gewicht voor Afstand in.", "href=\"#occupation\"", "value=\"11\"");
        assertThat(tuning.version()).isEqualTo(version);
        mvc.perform(screenForm(version - 1, "5", "2").with(user("admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("intussen door iemand anders gewijzigd")));
        assertThat(tuning.version()).isEqualTo(version);
    }

    @Test
    void theApiChangesTheWeightsWithIfMatchAndTheNextMatchQueryUsesThem() throws Exception {
        FairnessFixtures fixtures = new FairnessFixtures(context);
        String name = Fixtures.unique("Gewicht");
        ClientId client = fixtures.client(Fixtures.STEENWIJKERLAND, Gender.FEMALE, LocalDate.of(1990, 1, 1), name);
        fixtures.consent(Fixtures.STEENWIJKERLAND, client, LocalDate.now().minusDays(1), true);
        VacancyId vacancy = fixtures.vacancy(Fixtures.STEENWIJKERLAND, "Gewichtentest");
        String occupationMax = "$.resultaten[0].criteria[?(@.criterium == 'occupation')].maximum";
        var candidates = get("/api/v1/vacatures/" + vacancy.value() + "/kandidaten").param("tekst", name);
        mvc.perform(api(candidates, "Bearer demo-token-consulent.steenwijkerland")).andExpect(jsonPath(occupationMax).value(3.0));

        int version = tuning.version();
        mvc.perform(api(get("/api/v1/matching/gewichten"), ADMIN)).andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"" + version + "\"")).andExpect(jsonPath("$.beroep").value(3.0))
                .andExpect(jsonPath("$.magWijzigen").value(true));
        mvc.perform(api(put("/api/v1/matching/gewichten"), ADMIN).header("If-Match", "\"" + version + "\"").content(BODY))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"" + (version + 1) + "\""))
                .andExpect(jsonPath("$.beroep").value(7.5))
                .andExpect(jsonPath("$.wijzigingen[0].gewijzigdDoor").value("Functioneel beheerder"))
                .andExpect(jsonPath("$.wijzigingen[0].gewichten.beroep").value(7.5));
        mvc.perform(api(candidates, "Bearer demo-token-consulent.steenwijkerland")).andExpect(jsonPath(occupationMax).value(7.5));

        mvc.perform(api(put("/api/v1/matching/gewichten"), ADMIN).header("If-Match", "\"" + version + "\"").content(BODY))
                .andExpect(status().isPreconditionFailed()).andExpect(jsonPath("$.actueleVersie").value(version + 1));
        mvc.perform(api(put("/api/v1/matching/gewichten"), ADMIN).content(BODY)).andExpect(status().isPreconditionRequired());
        assertThat(tuning.version()).isEqualTo(version + 1);
    }

    @Test
    void outOfRangeOrUnreadableValuesAreRefusedNamingTheFieldInDutch() throws Exception {
        int version = tuning.version();
        String bad = BODY.replace("\"beroep\": 7.5", "\"beroep\": 10.5").replace("\"afstand\": 2", "\"afstand\": \"ver\"")
                .replace("\"trede\": 1, ", "").replace("\"sector\": 1", "\"sector\": 2.125");
        mvc.perform(api(put("/api/v1/matching/gewichten"), ADMIN).header("If-Match", "\"" + version + "\"").content(bad))
                .andExpect(status().isBadRequest()).andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.invalidParams[*].name", hasItem("beroep")))
                .andExpect(jsonPath("$.invalidParams[*].name", hasItem("afstand")))
                .andExpect(jsonPath("$.invalidParams[*].name", hasItem("sector")))
                .andExpect(jsonPath("$.invalidParams[*].name", hasItem("trede")))
                .andExpect(jsonPath("$.invalidParams[?(@.name == 'beroep')].reason",
                        hasItem("Het gewicht voor Beroep is een getal van 0 tot en met 10 met hooguit twee decimalen, bijvoorbeeld 2,5.")))
                .andExpect(jsonPath("$.invalidParams[?(@.name == 'trede')].reason",
                        hasItem("Vul het gewicht voor Trede participatieladder in.")));
        assertThat(tuning.version()).isEqualTo(version);
    }

    @Test
    void onlyAnAdministratorOfEveryMunicipalityMayChangeThemAndOnlyAdministratorsSeeThem() throws Exception {
        int version = tuning.version();
        mvc.perform(api(get("/api/v1/matching/gewichten"), "Bearer demo-token-beheer.igsd")).andExpect(status().isOk())
                .andExpect(jsonPath("$.magWijzigen").value(false));
        mvc.perform(api(put("/api/v1/matching/gewichten"), "Bearer demo-token-beheer.igsd").header("If-Match", "\"" + version + "\"")
                .content(BODY)).andExpect(status().isForbidden());
        mvc.perform(get("/matching/gewichten").with(user("beheer.igsd"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Alleen een beheerder van alle gemeenten kan ze wijzigen")))
                .andExpect(content().string(not(containsString("class=\"opstap-form\""))));
        mvc.perform(screenForm(version, "5", "2").with(user("beheer.igsd"))).andExpect(status().isForbidden());
        for (String username : new String[] {"consulent.steenwijkerland", "analist.igsd", "accountmanager.tdc"}) {
            mvc.perform(get("/matching/gewichten").with(user(username))).andExpect(status().isForbidden());
            mvc.perform(api(get("/api/v1/matching/gewichten"), "Bearer demo-token-" + username)).andExpect(status().isForbidden());
            mvc.perform(get("/").with(user(username))).andExpect(content().string(not(containsString("href=\"/matching/gewichten\""))));
        }
        assertThat(tuning.version()).isEqualTo(version);
        mvc.perform(api(get("/api/v1/matching/gewichten"), ADMIN)).andExpect(jsonPath("$.wijzigingen[*].gewijzigdDoor",
                not(hasItem("Beheerder IGSD"))));
    }
}
