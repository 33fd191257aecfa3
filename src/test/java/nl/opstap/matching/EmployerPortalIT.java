package nl.opstap.matching;

import static nl.opstap.testsupport.Fixtures.STEENWIJKERLAND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.opstap.access.Access;
import nl.opstap.access.Channel;
import nl.opstap.access.Permission;
import nl.opstap.access.UserAccounts;
import nl.opstap.client.ClientDetails;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientId;
import nl.opstap.client.NewClient;
import nl.opstap.employer.EmployerId;
import nl.opstap.employer.Employers;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.taxonomy.Occupations;
import nl.opstap.taxonomy.Sectors;
import nl.opstap.testsupport.Fixtures;
import nl.opstap.testsupport.OpstapIntegrationTest;
import nl.opstap.vacancy.ImportedVacancy;
import nl.opstap.vacancy.Vacancies;
import nl.opstap.vacancy.VacancyForm;
import nl.opstap.vacancy.VacancyId;
import nl.opstap.vacancy.VacancyStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The employer's own vacancies and candidates: a candidate put forward shows with name only while the job seeker
 * consents for this employer; another employer's vacancy is not found.
 */
@OpstapIntegrationTest
class EmployerPortalIT {

    @Autowired MockMvc mvc;
    @Autowired UserAccounts accounts;
    @Autowired ClientDirectory clients;
    @Autowired Employers employers;
    @Autowired Vacancies vacancies;
    @Autowired Occupations occupations;
    @Autowired Sectors sectors;
    @Autowired Pairs pairs;

    private Access manager() {
        return accounts.accessFor(accounts.idOf("accountmanager.igsd"), Permission.EMPLOYER_WRITE, Channel.BATCH);
    }

    private EmployerId employer() {
        return new Fixtures(accounts, clients).employer(employers, STEENWIJKERLAND, Fixtures.unique("Portaal") + " BV");
    }

    private VacancyId vacancy(EmployerId employer, String title) {
        String occupation = occupations.search("kok", 1).getFirst().uri();
        String sector = sectors.forMunicipality(new MunicipalityCode(STEENWIJKERLAND)).getFirst().code();
        return vacancies.importVacancies(manager(), List.of(new ImportedVacancy(new VacancyForm(employer.value(), title, occupation, sector,
                "8331AB", 20, 32, null, null, null, List.of(), List.of(), List.of(), List.of(), false, null, false, 1), LocalDate.now(),
                VacancyStatus.OPEN))).getFirst();
    }

    private String api(String path, String username, int status) throws Exception {
        return mvc.perform(get(path).header("Authorization", "Bearer demo-token-" + username)).andExpect(status().is(status))
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void aCandidateShowsOnlyWhileTheJobSeekerConsentsForThisEmployer() throws Exception {
        Fixtures fixtures = new Fixtures(accounts, clients);
        EmployerId mine = employer();
        EmployerId other = employer();
        String me = Fixtures.unique("werkgever.");
        String them = Fixtures.unique("werkgever.");
        fixtures.employerUser(me, mine.value(), STEENWIJKERLAND);
        fixtures.employerUser(them, other.value(), STEENWIJKERLAND);
        String title = Fixtures.unique("Portaalvacature");
        VacancyId vacancy = vacancy(mine, title);
        ClientDetails details = Fixtures.details(STEENWIJKERLAND, "Kandidaat", Fixtures.unique("Voorgedragen"));
        ClientId client = clients.register(fixtures.caseworkerAccess(STEENWIJKERLAND), new NewClient(details, null, null));
        String seeker = Fixtures.unique("zoeker.");
        fixtures.jobSeeker(seeker, client, STEENWIJKERLAND);
        pairs.insert(new Pair(java.util.UUID.randomUUID(), client, vacancy, new MunicipalityCode(STEENWIJKERLAND), PairStatus.PUT_FORWARD,
                LocalDate.now(), 1), Instant.now());

        assertThat(api("/api/v1/werkgever/vacatures", me, 200)).contains(title);
        assertThat(api("/api/v1/werkgever/vacatures", them, 200)).doesNotContain(title);
        mvc.perform(get("/api/v1/werkgever/vacatures/" + vacancy + "/kandidaten").header("Authorization", "Bearer demo-token-" + them))
                .andExpect(status().isNotFound())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .contentTypeCompatibleWith(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/werkgever/vacatures/" + vacancy).with(user(them))).andExpect(status().isNotFound());
        assertThat(api("/api/v1/werkgever/vacatures/" + vacancy + "/kandidaten", me, 200)).doesNotContain(details.lastName());

        mvc.perform(post("/mijn-privacy/toestemmingen/werkgevers").param("werkgeverId", mine.toString()).param("toestemming", "true")
                .with(csrf()).with(user(seeker))).andExpect(status().is3xxRedirection());
        assertThat(api("/api/v1/werkgever/vacatures/" + vacancy + "/kandidaten", me, 200)).contains(details.lastName())
                .doesNotContain("\"email\"");
        mvc.perform(post("/mijn-portfolio/cv-gegevens").param("email", "kandidaat@voorbeeld.nl").param("phone", "0612345678")
                .param("place", "").param("version", "0").with(csrf()).with(user(seeker))).andExpect(status().is3xxRedirection());
        assertThat(api("/api/v1/werkgever/vacatures/" + vacancy + "/kandidaten", me, 200)).contains("kandidaat@voorbeeld.nl", "0612345678");
        assertThat(mvc.perform(get("/werkgever/vacatures/" + vacancy).with(user(me))).andReturn().getResponse().getContentAsString())
                .contains(details.lastName(), "mailto:kandidaat@voorbeeld.nl");

        mvc.perform(post("/mijn-privacy/toestemmingen/werkgevers").param("werkgeverId", mine.toString()).param("toestemming", "false")
                .with(csrf()).with(user(seeker))).andExpect(status().is3xxRedirection());
        assertThat(api("/api/v1/werkgever/vacatures/" + vacancy + "/kandidaten", me, 200)).doesNotContain(details.lastName());
    }

    @Test
    void consentForAnEmployerNotConnectedToTheJobSeekerIsRefused() throws Exception {
        Fixtures fixtures = new Fixtures(accounts, clients);
        ClientId client = fixtures.client(STEENWIJKERLAND, "Los", Fixtures.unique("Zoeker"));
        String seeker = Fixtures.unique("zoeker.");
        fixtures.jobSeeker(seeker, client, STEENWIJKERLAND);
        EmployerId stranger = employer();
        mvc.perform(post("/mijn-privacy/toestemmingen/werkgevers").param("werkgeverId", stranger.toString()).param("toestemming", "true")
                .with(csrf()).with(user(seeker))).andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get("/api/v1/mijn/toestemmingen").header("Authorization", "Bearer demo-token-" + seeker))
                .andReturn().getResponse().getContentAsString()).contains("\"werkgevers\":[]").contains("\"geschiedenis\":[]");
    }
}
