package nl.opstap.access;

import static nl.opstap.testsupport.Fixtures.PASSWORD;
import static nl.opstap.testsupport.Fixtures.STEENWIJKERLAND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.List;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.opstap.client.ClientDirectory;
import nl.opstap.testsupport.Fixtures;
import nl.opstap.testsupport.OpstapIntegrationTest;
import nl.opstap.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Sign-in, lock-out, forced password change, CSRF, headers and cookies, on the running application. */
@OpstapIntegrationTest
class SignInIT {

    @Autowired MockMvc mvc;
    @Autowired UserAccounts accounts;
    @Autowired ClientDirectory clients;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;
    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(accounts, clients);
    }

    private MvcResult signIn(String username, String password) throws Exception {
        return mvc.perform(formLogin("/inloggen").userParameter("gebruikersnaam").passwordParam("wachtwoord")
                .user(username).password(password)).andReturn();
    }

    /** Sessions live in the database (Spring Session); the cookie carries them between requests. */
    private static Cookie sessionOf(MvcResult signIn) {
        Cookie cookie = signIn.getResponse().getCookie("OPSTAP_SESSIE");
        assertThat(cookie).isNotNull();
        return cookie;
    }

    @Test
    void signsInWithTheRightPasswordOnly() throws Exception {
        String username = Fixtures.unique("inlog");
        fixtures.user(username, Role.CASEWORKER, STEENWIJKERLAND);

        assertThat(signIn(username, PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(signIn(username, "verkeerd-wachtwoord").getResponse().getRedirectedUrl()).isEqualTo("/inloggen?fout");
        assertThat(signIn("bestaat-niet", PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/inloggen?fout");
    }

    @Test
    void locksAnAccountAfterFiveFailuresUntilAnAdministratorUnlocksIt() throws Exception {
        String username = Fixtures.unique("slot");
        UserId id = fixtures.user(username, Role.CASEWORKER, STEENWIJKERLAND);
        for (int i = 0; i < 5; i++) {
            signIn(username, "verkeerd-wachtwoord");
        }
        assertThat(signIn(username, PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/inloggen?geblokkeerd");

        mvc.perform(post("/beheer/gebruikers/" + id + "/ontgrendelen").with(user("beheer.igsd")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(signIn(username, PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void parallelAttemptsCannotSlipPastTheLockOut() throws Exception {
        String username = Fixtures.unique("parallel");
        fixtures.user(username, Role.CASEWORKER, STEENWIJKERLAND);
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(8)) {
            List<java.util.concurrent.Future<MvcResult>> attempts = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                attempts.add(pool.submit(() -> signIn(username, "verkeerd-wachtwoord")));
            }
            for (var attempt : attempts) {
                attempt.get();
            }
        }
        assertThat(signIn(username, PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/inloggen?geblokkeerd");
    }

    @Test
    void anAdministratorCannotTakeOverAnAccountWithWiderRights() throws Exception {
        UserId admin = accounts.idOf("admin");
        mvc.perform(get("/beheer/gebruikers/" + admin).with(user("beheer.igsd"))).andExpect(status().isNotFound());
        mvc.perform(post("/beheer/gebruikers/" + admin + "/wachtwoord").with(user("beheer.igsd")).with(csrf())
                .param("temporaryPassword", "overname-poging-123")).andExpect(status().isNotFound());
        assertThat(signIn("admin", PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/");
        UserId seeker = accounts.idOf("werkzoekende.demo");
        mvc.perform(post("/beheer/gebruikers/" + seeker).with(user("beheer.igsd")).with(csrf())
                .param("username", "werkzoekende.demo").param("displayName", "X").param("grants", "CASEWORKER@GM1708")
                .param("version", "0")).andExpect(status().isNotFound());
    }

    @Test
    void aPasswordResetByAnAdministratorRevokesTheAccountsTokens() throws Exception {
        String username = Fixtures.unique("reset");
        UserId id = fixtures.user(username, Role.CASEWORKER, STEENWIJKERLAND);
        String token = Tokens.create(mvc, username, "script", "30").orElseThrow();
        mvc.perform(get("/api/v1/gemeenten").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

        mvc.perform(post("/beheer/gebruikers/" + id + "/wachtwoord").with(user("beheer.igsd")).with(csrf())
                .param("temporaryPassword", "tijdelijk-wachtwoord-2")).andExpect(status().is3xxRedirection());

        mvc.perform(get("/api/v1/gemeenten").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aNewUserMustReplaceTheTemporaryPasswordFirst() throws Exception {
        String username = Fixtures.unique("nieuw");
        mvc.perform(post("/beheer/gebruikers").with(user("beheer.igsd")).with(csrf())
                        .param("username", username).param("displayName", "Nieuwe Collega")
                        .param("temporaryPassword", "tijdelijk-wachtwoord-1").param("grants", "JOBCOACH@GM1708", "ADMIN@GM0037"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT role || '@' || municipality_code FROM user_role WHERE user_id = ?")
                .param(accounts.idOf(username).value()).query(String.class).list()).containsExactly("JOBCOACH@GM1708");

        Cookie session = sessionOf(signIn(username, "tijdelijk-wachtwoord-1"));
        mvc.perform(get("/werkzoekenden").cookie(session)).andExpect(redirectedUrl("/mijn-account/wachtwoord"));
        mvc.perform(post("/mijn-account/wachtwoord").cookie(session).with(csrf()).param("currentPassword", "tijdelijk-wachtwoord-1")
                        .param("newPassword", "mijn eigen lange zin").param("repeatPassword", "mijn eigen lange zin"))
                .andExpect(redirectedUrl("/mijn-account"));
        mvc.perform(get("/werkzoekenden").cookie(session)).andExpect(status().isOk());
    }

    @Test
    void aDisabledAccountLosesAccessAtOnce() throws Exception {
        String username = Fixtures.unique("weg");
        UserId id = fixtures.user(username, Role.CASEWORKER, STEENWIJKERLAND);
        Cookie session = sessionOf(signIn(username, PASSWORD));
        mvc.perform(get("/werkzoekenden").cookie(session)).andExpect(status().isOk());

        mvc.perform(post("/beheer/gebruikers/" + id + "/blokkeren").with(user("beheer.igsd")).with(csrf()));

        mvc.perform(get("/werkzoekenden").cookie(session)).andExpect(redirectedUrl("/inloggen"));
        assertThat(signIn(username, PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/inloggen?fout");
        mvc.perform(get("/api/v1/gemeenten").header("Authorization", "Bearer demo-token-" + username))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void formsNeedTheCsrfToken() throws Exception {
        mvc.perform(post("/mijn-account/tokens").with(user("consulent.steenwijkerland")).param("name", "x")
                .param("validityDays", "30")).andExpect(status().isForbidden());
    }

    @Test
    void sendsSecurityHeadersAndASecureSessionCookie() throws Exception {
        mvc.perform(get("/inloggen"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'")));
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/inloggen")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie)
                .startsWith("OPSTAP_SESSIE=").contains("HttpOnly").contains("Secure").contains("SameSite=Lax"));
    }

    @Test
    void protectedPagesAskToSignIn() throws Exception {
        mvc.perform(get("/werkzoekenden")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/inloggen")));
        mvc.perform(get("/api/v1/werkzoekenden")).andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"));
        mvc.perform(get("/werkzoekenden").header("HX-Request", "true")).andExpect(status().isUnauthorized())
                .andExpect(header().string("HX-Redirect", "/inloggen"));
    }
}
