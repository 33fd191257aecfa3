package nl.opstap.portfolio;

import static nl.opstap.testsupport.Fixtures.STEENWIJKERLAND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

/** A caseworker invites a job seeker; the job seeker activates the code once and signs in to their own file only. */
@OpstapIntegrationTest
class PortalInvitationIT {

    private static final Pattern CODE = Pattern.compile("id=\"uitnodigingscode\">([A-Z0-9-]{14})<");
    private static final String PASSWORD = "fiets-regen-koffie-tulp";

    @Autowired MockMvc mvc;
    @Autowired UserAccounts accounts;
    @Autowired ClientDirectory clients;
    @Autowired JdbcClient jdbc;

    private ClientId client;
    private String lastName;

    @BeforeEach
    void setUp() {
        lastName = Fixtures.unique("Portaal");
        client = new Fixtures(accounts, clients).client(STEENWIJKERLAND, "Ina", lastName);
    }

    private String invite() throws Exception {
        String page = mvc.perform(post("/werkzoekenden/" + client + "/portaaltoegang").with(user("consulent.steenwijkerland")).with(csrf()))
                .andExpect(status().isOk()).andExpect(header().string("Cache-Control", "no-store"))
                .andReturn().getResponse().getContentAsString();
        Matcher m = CODE.matcher(page);
        assertThat(m.find()).as("the code is shown once").isTrue();
        return m.group(1);
    }

    private static MockHttpServletRequestBuilder activate(String code, String username, String password, String repeat) {
        return post("/activeren").contentType(MediaType.APPLICATION_FORM_URLENCODED).with(csrf())
                .param("code", code).param("username", username).param("password", password).param("repeatPassword", repeat);
    }

    @Test
    void theJobSeekerActivatesOnceAndSignsIn() throws Exception {
        mvc.perform(get("/werkzoekenden/" + client).with(user("consulent.steenwijkerland")))
                .andExpect(content().string(containsString("Heeft nog geen account voor Mijn Opstap")));
        String code = invite();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM portal_invitation WHERE code_hash LIKE ?").param("%" + code + "%").query(Long.class).single())
                .as("only a hash is stored").isZero();
        String username = Fixtures.unique("ina");
        mvc.perform(activate(code.toLowerCase().replace("-", " "), username, PASSWORD, PASSWORD))
                .andExpect(redirectedUrl("/inloggen?geactiveerd"));
        assertThat(jdbc.sql("SELECT client_id FROM app_user WHERE username = ?").param(username).query(java.util.UUID.class).single())
                .isEqualTo(client.value());
        mvc.perform(post("/inloggen").with(csrf()).param("gebruikersnaam", username).param("wachtwoord", PASSWORD))
                .andExpect(authenticated().withUsername(username));
        mvc.perform(get("/mijn-gegevens").with(user(username))).andExpect(content().string(containsString(lastName)));
        mvc.perform(get("/werkzoekenden/" + client).with(user(username))).andExpect(status().isForbidden());

        mvc.perform(activate(code, Fixtures.unique("nog"), PASSWORD, PASSWORD)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Deze code klopt niet of is niet meer geldig")));
        mvc.perform(get("/werkzoekenden/" + client).with(user("consulent.steenwijkerland")))
                .andExpect(content().string(containsString("Heeft een account (" + username)));
    }

    @Test
    void aNewCodeReplacesTheOldOneAndResetsTheExistingAccountsPassword() throws Exception {
        String first = invite();
        String username = Fixtures.unique("ina");
        mvc.perform(activate(first, username, PASSWORD, PASSWORD)).andExpect(redirectedUrl("/inloggen?geactiveerd"));
        String old = invite();
        String second = invite();
        mvc.perform(activate(old, "", "nieuw-wachtwoord-voor-ina", "nieuw-wachtwoord-voor-ina"))
                .andExpect(content().string(containsString("Deze code klopt niet")));
        mvc.perform(activate(second, "", "nieuw-wachtwoord-voor-ina", "nieuw-wachtwoord-voor-ina"))
                .andExpect(redirectedUrl("/inloggen?geactiveerd"));
        mvc.perform(post("/inloggen").with(csrf()).param("gebruikersnaam", username).param("wachtwoord", "nieuw-wachtwoord-voor-ina"))
                .andExpect(authenticated().withUsername(username));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user WHERE client_id = ?").param(client.value()).query(Long.class).single()).isOne();
    }

    @Test
    void badInputIsAnsweredNextToTheFieldAndCreatesNothing() throws Exception {
        String code = invite();
        long users = jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
        mvc.perform(activate("ABCD", "ina.x", PASSWORD, PASSWORD)).andExpect(content().string(containsString("Deze code klopt niet")));
        mvc.perform(activate(code, "consulent.steenwijkerland", PASSWORD, PASSWORD))
                .andExpect(content().string(containsString("Deze gebruikersnaam bestaat al")));
        mvc.perform(activate(code, "ina<script>", PASSWORD, PASSWORD))
                .andExpect(content().string(containsString("zonder spaties")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("ina<script>"))));
        mvc.perform(activate(code, Fixtures.unique("ina"), "kort", "kort")).andExpect(content().string(containsString("minstens 12")));
        mvc.perform(activate(code, Fixtures.unique("ina"), PASSWORD, PASSWORD + "x"))
                .andExpect(content().string(containsString("niet gelijk")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single()).isEqualTo(users);
    }

    @Test
    void onlyCaseworkersOfTheMunicipalityInvite() throws Exception {
        mvc.perform(post("/werkzoekenden/" + client + "/portaaltoegang").with(user("consulent.stadskanaal")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/werkzoekenden/" + client + "/portaaltoegang").with(user("analist.igsd")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM portal_invitation WHERE client_id = ?").param(client.value()).query(Long.class).single()).isZero();
    }
}
