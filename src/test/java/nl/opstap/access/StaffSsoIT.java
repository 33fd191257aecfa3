package nl.opstap.access;

import static nl.opstap.testsupport.Fixtures.STEENWIJKERLAND;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.opstap.client.ClientDirectory;
import nl.opstap.testsupport.CookieKeepingClient;
import nl.opstap.testsupport.Fixtures;
import nl.opstap.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Staff single sign-on against a real OIDC provider ({@link TestIdentityProvider}, Spring Authorization Server) on its
 * own port: the whole authorization-code flow over HTTP, with the roles taken from the ID token's {@code groups}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "opstap.sso.enabled=true",
        "opstap.sso.roles-claim=groups",
        "spring.security.oauth2.client.registration.medewerkers.client-id=" + TestIdentityProvider.CLIENT_ID,
        "spring.security.oauth2.client.registration.medewerkers.client-secret=" + TestIdentityProvider.CLIENT_SECRET,
        "spring.security.oauth2.client.registration.medewerkers.scope=openid",
        "spring.security.oauth2.client.registration.medewerkers.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.medewerkers.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}"})
@ActiveProfiles({"demo", "test"})
@ContextConfiguration(initializers = TestDatabase.class)
class StaffSsoIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"");
    private static ConfigurableApplicationContext idp;

    @LocalServerPort int port;
    @Autowired UserAccounts accounts;
    @Autowired ClientDirectory clients;
    @Autowired JdbcClient jdbc;
    /** Opstap on localhost, the IdP on 127.0.0.1: each host keeps its own cookies. */
    private final CookieKeepingClient http = new CookieKeepingClient();

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) {
        idp = TestIdentityProvider.start();
        registry.add("spring.security.oauth2.client.provider.medewerkers.issuer-uri",
                () -> "http://127.0.0.1:" + TestIdentityProvider.port(idp));
    }

    @AfterAll
    static void stopIdentityProvider() {
        idp.close();
    }

    @BeforeEach
    void setUp() {
        TestIdentityProvider.REDIRECT_URI.set("http://localhost:" + port + "/login/oauth2/code/medewerkers");
    }

    @Test
    void theStaffMemberIsSignedInWithTheRolesFromTheIdp() throws Exception {
        String username = Fixtures.unique("sso.consulent");
        UserId id = new Fixtures(accounts, clients).user(username, Role.CASEWORKER, STEENWIJKERLAND);
        TestIdentityProvider.CLAIMS.put(username, Map.of("groups",
                List.of("opstap:CASEWORKER:GM1708", "opstap:JOBCOACH:GM1701", "andere-toepassing:beheer"), "amr", List.of("pwd")));

        HttpResponse<String> home = signInAtTheIdp(username);

        assertThat(home.uri().getPath()).isEqualTo("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT role || '@' || municipality_code FROM user_role WHERE user_id = ? ORDER BY 1")
                .param(id.value()).query(String.class).list()).containsExactly("CASEWORKER@GM1708", "JOBCOACH@GM1701");
        assertThat(get(app("/mijn-account")).body()).contains(username, "GM1701");
    }

    @Test
    void anUnknownStaffMemberIsRefusedWithADutchMessage() throws Exception {
        TestIdentityProvider.CLAIMS.put("niet.in.opstap", Map.of("groups", List.of("opstap:CASEWORKER:GM1708")));

        HttpResponse<String> page = signInAtTheIdp("niet.in.opstap");

        assertThat(page.uri().toString()).endsWith("/inloggen?sso=onbekend");
        assertThat(page.body()).contains("er is geen Opstap-account voor u");
    }

    @Test
    void aClaimWithoutAValidRoleIsRefused() throws Exception {
        String username = Fixtures.unique("sso.zonderrol");
        UserId id = new Fixtures(accounts, clients).user(username, Role.CASEWORKER, STEENWIJKERLAND);
        TestIdentityProvider.CLAIMS.put(username, Map.of("groups", List.of("opstap:JOB_SEEKER:GM1708", "opstap:ADMIN:GM9999",
                "opstap:BAAS:GM1708")));

        HttpResponse<String> page = signInAtTheIdp(username);

        assertThat(page.uri().toString()).endsWith("/inloggen?sso=geen-rol");
        assertThat(page.body()).contains("uw organisatie heeft u geen rol in Opstap gegeven");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM user_role WHERE user_id = ? AND role = 'CASEWORKER'").param(id.value())
                .query(Long.class).single()).as("roles unchanged").isOne();
    }

    @Test
    void anAdministratorGivesOpstapsCodeUnlessTheIdpDidMfa() throws Exception {
        String username = Fixtures.unique("sso.beheer");
        new Fixtures(accounts, clients).user(username, Role.ADMIN, STEENWIJKERLAND);
        TestIdentityProvider.CLAIMS.put(username, Map.of("groups", List.of("opstap:ADMIN:GM1708"), "amr", List.of("pwd")));

        assertThat(signInAtTheIdp(username).uri().getPath()).as("enrol, then the code").isEqualTo("/inloggen/tweede-factor");

        http.forget();
        TestIdentityProvider.CLAIMS.put(username, Map.of("groups", List.of("opstap:ADMIN:GM1708"), "amr", List.of("pwd", "mfa")));
        HttpResponse<String> home = signInAtTheIdp(username);
        assertThat(home.uri().getPath()).isEqualTo("/");
        assertThat(get(app("/beheer/gebruikers")).statusCode()).isEqualTo(200);
    }

    /** Opstap → IdP (sign in there) → back to Opstap with the code; answers the page the browser ends on. */
    private HttpResponse<String> signInAtTheIdp(String username) throws Exception {
        HttpResponse<String> login = follow(get(app("/oauth2/authorization/medewerkers")));
        assertThat(login.uri().getPath()).isEqualTo("/login");
        Matcher csrf = CSRF.matcher(login.body());
        assertThat(csrf.find()).as("CSRF token on the IdP's sign-in page").isTrue();
        String form = "username=" + encode(username) + "&password=" + encode(TestIdentityProvider.PASSWORD)
                + "&_csrf=" + encode(csrf.group(1));
        return follow(send(HttpRequest.newBuilder(login.uri()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))));
    }

    private HttpResponse<String> follow(HttpResponse<String> response) throws Exception {
        for (int hops = 0; hops < 15 && response.statusCode() / 100 == 3; hops++) {
            response = get(response.uri().resolve(response.headers().firstValue("Location").orElseThrow()));
        }
        return response;
    }

    private HttpResponse<String> get(URI uri) throws Exception {
        return send(HttpRequest.newBuilder(uri).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request);
    }

    private URI app(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
