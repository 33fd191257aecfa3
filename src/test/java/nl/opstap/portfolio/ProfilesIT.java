package nl.opstap.portfolio;

import static nl.opstap.testsupport.Fixtures.STADSKANAAL;
import static nl.opstap.testsupport.Fixtures.STEENWIJKERLAND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import nl.opstap.access.UserAccounts;
import nl.opstap.client.ClientDetails;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientId;
import nl.opstap.client.NewClient;
import nl.opstap.employer.EmployerId;
import nl.opstap.employer.Employers;
import nl.opstap.testsupport.Fixtures;
import nl.opstap.testsupport.OpstapIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Anonymous profiles end to end: the job seeker publishes, an employer of the municipality finds and asks, the account
 * manager handles the request; withdrawal and foreign municipalities leave nothing to see.
 */
@OpstapIntegrationTest
class ProfilesIT {

    @Autowired MockMvc mvc;
    @Autowired UserAccounts accounts;
    @Autowired ClientDirectory clients;
    @Autowired Employers employers;
    @Autowired JdbcClient jdbc;

    private Fixtures fixtures;
    private ClientDetails details;
    private String seeker;
    private ClientId client;
    private String employer;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(accounts, clients);
        details = Fixtures.details(STEENWIJKERLAND, Fixtures.unique("Voornaam"), Fixtures.unique("Zichtbaar"));
        client = clients.register(fixtures.caseworkerAccess(STEENWIJKERLAND), new NewClient(details, null, null));
        seeker = Fixtures.unique("zoeker.");
        fixtures.jobSeeker(seeker, client, STEENWIJKERLAND);
        employer = Fixtures.unique("werkgever.");
        fixtures.employerUser(employer, employerIn(STEENWIJKERLAND).value(), STEENWIJKERLAND);
    }

    EmployerId employerIn(String municipality) {
        return fixtures.employer(employers, municipality, Fixtures.unique("Bedrijf") + " BV");
    }

    private String publish(String pitch) throws Exception {
        mvc.perform(post("/mijn-privacy/toestemmingen/profiel").param("pitch", pitch).with(csrf()).with(user(seeker)))
                .andExpect(status().is3xxRedirection());
        return jdbc.sql("SELECT number FROM profile p JOIN app_user u ON u.client_id = p.client_id WHERE u.username = ?")
                .param(seeker).query(String.class).single();
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(user(username))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aPublishedProfileShowsNothingThatIdentifiesThePerson() throws Exception {
        String number = publish("Ik ben handig <script>alert('x')</script>");
        for (String body : List.of(page("/werkgever/profielen/" + number, employer), page("/werkgever/profielen", employer),
                mvc.perform(get("/api/v1/profielen/" + number).header("Authorization", "Bearer demo-token-" + employer))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())) {
            assertThat(body).contains(number).doesNotContain(details.lastName(), details.firstNames(), details.bsn(), "8331", "1984-05-17",
                    "17-05-1984", "Kerkstraat");
        }
        assertThat(page("/werkgever/profielen/" + number, employer)).contains("&lt;script&gt;").doesNotContain("<script>alert");
    }

    @Test
    void aRecordedConsentCannotBeChangedEvenWithDirectSql() throws Exception {
        publish("");
        String before = jdbc.sql("SELECT COUNT(*) || ':' || SUM(CASE WHEN given THEN 1 ELSE 0 END) FROM profile_consent WHERE client_id = ?")
                .param(client.value()).query(String.class).single();
        assertThat(before).isEqualTo("1:1");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("UPDATE profile_consent SET given = FALSE WHERE client_id = ?")
                .param(client.value()).update()).isInstanceOf(org.springframework.dao.DataAccessException.class);
        assertThat(jdbc.sql("SELECT COUNT(*) || ':' || SUM(CASE WHEN given THEN 1 ELSE 0 END) FROM profile_consent WHERE client_id = ?")
                .param(client.value()).query(String.class).single()).isEqualTo(before);
    }

    @Test
    void filtersNarrowTheList() throws Exception {
        String number = publish("");
        assertThat(page("/werkgever/profielen", employer)).contains(number);
        assertThat(page("/werkgever/profielen?urenMin=1", employer)).doesNotContain(number);
        assertThat(page("/werkgever/profielen?vaardigheid=zzzgeenvaardigheid", employer)).doesNotContain(number);
        assertThat(page("/werkgever/profielen?postcode=9501", employer)).doesNotContain(number);
        assertThat(page("/werkgever/profielen?postcode=8332", employer)).contains(number);
    }

    @Test
    void anEmployerElsewhereAndAnUnpublishedProfileAreNotFound() throws Exception {
        String number = publish("");
        String foreign = Fixtures.unique("werkgever.");
        fixtures.employerUser(foreign, employerIn(STADSKANAAL).value(), STADSKANAAL);
        mvc.perform(get("/werkgever/profielen/" + number).with(user(foreign))).andExpect(status().isNotFound());
        assertThat(page("/werkgever/profielen", foreign)).doesNotContain(number);

        mvc.perform(post("/mijn-privacy/toestemmingen/profiel/intrekken").with(csrf()).with(user(seeker))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/werkgever/profielen/" + number).with(user(employer))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/profielen/" + number + "/contactverzoeken").header("Authorization", "Bearer demo-token-" + employer)
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM contact_request WHERE profile_number = ?").param(number).query(Long.class).single()).isZero();
    }

    @Test
    void withdrawingWithAnOpenRequestWithdrawsItAndTheEmployerSeesNothing() throws Exception {
        String number = publish("Graag buiten werken");
        mvc.perform(post("/werkgever/profielen/" + number + "/contactverzoek").param("message", "<b>Welkom</b>").with(csrf()).with(user(employer)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/werkgever/profielen/" + number + "/contactverzoek").param("message", "nog eens").with(csrf()).with(user(employer)))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM contact_request WHERE profile_number = ?").param(number).query(Long.class).single()).isOne();
        assertThat(page("/contactverzoeken", "accountmanager.igsd")).contains(number).contains("&lt;b&gt;Welkom&lt;/b&gt;")
                .contains(details.lastName());

        mvc.perform(post("/mijn-privacy/toestemmingen/profiel/intrekken").with(csrf()).with(user(seeker))).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT status FROM contact_request WHERE profile_number = ?").param(number).query(String.class).single())
                .isEqualTo("WITHDRAWN");
        assertThat(page("/werkgever/profielen", employer)).contains("niet meer beschikbaar").doesNotContain("Graag buiten werken");
        assertThat(page("/contactverzoeken?alle=true", "accountmanager.igsd")).contains("ingetrokken");
    }

    @Test
    void theAccountManagersForwardMakesTheEmployerAChoiceForTheJobSeeker() throws Exception {
        String number = publish("");
        mvc.perform(post("/werkgever/profielen/" + number + "/contactverzoek").with(csrf()).with(user(employer))).andExpect(status().is3xxRedirection());
        String id = jdbc.sql("SELECT id FROM contact_request WHERE profile_number = ?").param(number).query(String.class).single();
        mvc.perform(post("/contactverzoeken/" + id + "/stap").param("status", "contact-gelegd").param("version", "1").with(csrf())
                .with(user("accountmanager.igsd"))).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT status FROM contact_request WHERE id = ?").param(java.util.UUID.fromString(id)).query(String.class).single())
                .isEqualTo("OPEN");
        mvc.perform(post("/contactverzoeken/" + id + "/stap").param("status", "voorgelegd").param("note", "Gebeld").param("version", "1")
                .with(csrf()).with(user("accountmanager.igsd"))).andExpect(status().is3xxRedirection());
        String own = page("/mijn-privacy/toestemmingen", seeker);
        String employerName = jdbc.sql("SELECT name FROM employer WHERE id = (SELECT employer_id FROM contact_request WHERE id = ?)")
                .param(java.util.UUID.fromString(id)).query(String.class).single();
        assertThat(own).contains(employerName);
    }

    @Test
    void theCaseworkerSeesTheConsentsOnTheFile() throws Exception {
        String number = publish("");
        assertThat(page("/werkzoekenden/" + client, "consulent.steenwijkerland")).contains("Anoniem profiel staat online (nummer " + number + ")");
    }

    @Test
    void anAdministratorLinksAnEmployerAccountToAnEmployerOfTheirMunicipalities() throws Exception {
        EmployerId company = employerIn(STEENWIJKERLAND);
        EmployerId elsewhere = employerIn(STADSKANAAL);
        String username = Fixtures.unique("gekoppeld.");
        String body = "username=" + username + "&displayName=Werkgever&temporaryPassword=fiets-regen-koffie-tulp&grants=EMPLOYER@GM1708&employerId=";
        mvc.perform(post("/beheer/gebruikers").contentType(MediaType.APPLICATION_FORM_URLENCODED).content(body + elsewhere).with(csrf())
                .with(user("beheer.igsd"))).andExpect(status().isOk());
        assertThat(accounts.exists(username)).isFalse();
        mvc.perform(post("/beheer/gebruikers").contentType(MediaType.APPLICATION_FORM_URLENCODED).content(body + company).with(csrf())
                .with(user("beheer.igsd"))).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT employer_id FROM app_user WHERE username = ?").param(username).query(java.util.UUID.class).single())
                .isEqualTo(company.value());
    }

    @Test
    void badInputIsAnsweredInDutchWithoutAnErrorPage() throws Exception {
        String number = publish("");
        String bearer = "Bearer demo-token-" + employer;
        assertThat(mvc.perform(post("/werkgever/profielen/" + number + "/contactverzoek").param("message", "x".repeat(1001))
                .with(csrf()).with(user(employer))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains("te lang");
        assertThat(mvc.perform(post("/werkgever/profielen/" + number + "/contactverzoek").param("vacancy", "geen-uuid")
                .with(csrf()).with(user(employer))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Kies een vacature uit de lijst");
        mvc.perform(post("/api/v1/profielen/" + number + "/contactverzoeken").header("Authorization", bearer)
                .contentType(MediaType.APPLICATION_JSON).content("{\"vacatureId\": \"" + java.util.UUID.randomUUID() + "\"}"))
                .andExpect(status().is4xxClientError());
        mvc.perform(post("/api/v1/profielen/" + number + "/contactverzoeken").header("Authorization", bearer)
                .contentType(MediaType.APPLICATION_JSON).content("{\"bericht\": \"" + "x".repeat(1001) + "\"}")).andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/profielen/" + number + "/contactverzoeken").header("Authorization", bearer)
                .contentType(MediaType.APPLICATION_JSON).content("{\"bericht\": \"Hallo\"}")).andExpect(status().isCreated());
        mvc.perform(post("/api/v1/profielen/" + number + "/contactverzoeken").header("Authorization", bearer)
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isConflict());
        String id = jdbc.sql("SELECT CAST(id AS VARCHAR) FROM contact_request WHERE profile_number = ?").param(number).query(String.class).single();
        mvc.perform(post("/api/v1/contactverzoeken/" + id + "/stappen").header("Authorization", "Bearer demo-token-accountmanager.igsd")
                .contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"ingetrokken\", \"versie\": 1}"))
                .andExpect(status().is4xxClientError());
        mvc.perform(post("/api/v1/contactverzoeken/" + id + "/stappen").header("Authorization", "Bearer demo-token-accountmanager.igsd")
                .contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"onzin\", \"versie\": 1}"))
                .andExpect(status().is4xxClientError());
        mvc.perform(post("/api/v1/contactverzoeken/" + id + "/stappen").header("Authorization", "Bearer demo-token-accountmanager.igsd")
                .contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"voorgelegd\", \"versie\": 1}"))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/mijn/toestemmingen/profiel").header("Authorization", "Bearer demo-token-" + seeker)
                .contentType(MediaType.APPLICATION_JSON).content("{\"overMij\": \"" + "x".repeat(501) + "\"}")).andExpect(status().isBadRequest());
    }

    @Test
    void theDemoEmployerAccountsActForAnEmployerWithVacanciesAndAskedForContact() throws Exception {
        for (String demo : List.of("werkgever.demo", "werkgever.tdc")) {
            assertThat(page("/werkgever/vacatures", demo)).contains("/werkgever/vacatures/");
            assertThat(page("/", demo)).contains("Mijn vacatures").contains("Profielen");
        }
        assertThat(page("/contactverzoeken", "accountmanager.igsd")).contains("Wij zoeken iemand voor ons team");
    }

    @Test
    void aJobSeekerReachesNoEmployerOrAccountManagerPage() throws Exception {
        for (String path : List.of("/werkgever/profielen", "/werkgever/vacatures", "/contactverzoeken")) {
            mvc.perform(get(path).with(user(seeker))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/mijn-privacy/toestemmingen").with(user(employer))).andExpect(status().isForbidden());
        mvc.perform(get("/contactverzoeken").with(user(employer))).andExpect(status().isForbidden());
    }
}
