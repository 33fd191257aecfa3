package nl.opstap.access;

import static nl.opstap.testsupport.Fixtures.STADSKANAAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.opstap.client.ClientDirectory;
import nl.opstap.testsupport.EndpointCatalogue;
import nl.opstap.testsupport.Fixtures;
import nl.opstap.testsupport.ForeignTarget;
import nl.opstap.testsupport.OpstapIntegrationTest;
import nl.opstap.testsupport.Sessions;
import nl.opstap.testsupport.Victims;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Cross-site request forgery against every endpoint of {@link EndpointCatalogue}. The attacker's page makes the
 * browser send the victim's session cookie; the victim is signed in for real and holds every staff role in the
 * municipality the examples aim at, so only the missing CSRF token can stop the request. Screens must answer 403
 * and change nothing; the API must not take the session cookie as authentication at all; no GET changes anything.
 */
@OpstapIntegrationTest
class CsrfIT {

    @Autowired MockMvc mvc;
    @Autowired UserAccounts accounts;
    @Autowired ClientDirectory clients;
    @Autowired JdbcClient jdbc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
    @Autowired ApplicationContext context;
    @Autowired PlatformTransactionManager transactions;

    private final EndpointCatalogue catalogue = new EndpointCatalogue();
    private final Map<String, Cookie> victims = new LinkedHashMap<>();
    private final Set<String> allowed = new TreeSet<>();
    private final Set<String> refusedToAll = new TreeSet<>();
    private ForeignTarget target;
    private String victim;
    private Cookie session;

    @BeforeEach
    void setUp() throws Exception {
        Fixtures fixtures = new Fixtures(accounts, clients);
        target = Victims.target(fixtures, catalogue, context, "csrf");
        victim = Fixtures.unique("csrf.alles"); // a new account per test: a TOTP step counts once per account
        victims.putAll(Victims.signedIn(mvc, fixtures, context, target, victim));
        session = victims.get(victim);
    }

    @Test
    void everyEndpointIsWalked() {
        assertThat(catalogue.examples().keySet()).isEqualTo(EndpointCatalogue.mapped(mappings));
    }

    @TestFactory
    Stream<DynamicTest> noStateChangeWithoutTheToken() {
        List<DynamicTest> tests = new ArrayList<>();
        catalogue.examples().forEach((endpoint, example) -> {
            if (!EndpointCatalogue.changesState(endpoint)) {
                tests.add(DynamicTest.dynamicTest(endpoint + " changes nothing", () -> readOnly(endpoint, example)));
            } else if (EndpointCatalogue.isApi(endpoint)) {
                tests.add(DynamicTest.dynamicTest(endpoint + " with the session cookie only", () -> cookieOnApi(endpoint, example)));
            } else {
                tests.add(DynamicTest.dynamicTest(endpoint + " without a CSRF token", () -> forged(endpoint, example)));
            }
        });
        tests.add(DynamicTest.dynamicTest("the victims were allowed to use the endpoints", () -> {
            System.out.printf("CSRF: %d state-changing screen endpoints reached with the token, refused to every victim: %s%n",
                    allowed.size(), refusedToAll);
            assertThat(allowed).as("endpoints a victim may use").hasSizeGreaterThan(refusedToAll.size() * 3);
        }));
        return tests.stream();
    }

    /**
     * Forged as each victim in turn (missing and wrong token: 403, nothing changed), until one victim's real request
     * with the token is not refused: that victim would have been allowed, so the token alone stopped the forgery.
     */
    private void forged(String endpoint, Function<ForeignTarget, MockHttpServletRequestBuilder> example) throws Exception {
        for (Map.Entry<String, Cookie> victim : victims.entrySet()) {
            String before = catalogue.fingerprints(jdbc, target);
            MockHttpServletResponse missing = mvc.perform(example.apply(target).cookie(victim.getValue())
                    .with(Sessions.withoutCsrfToken())).andReturn().getResponse();
            MockHttpServletResponse wrong = mvc.perform(example.apply(target).cookie(victim.getValue())
                    .with(Sessions.wrongCsrfToken())).andReturn().getResponse();
            assertThat(missing.getStatus()).as(endpoint + " without token as " + victim.getKey()).isEqualTo(403);
            assertThat(wrong.getStatus()).as(endpoint + " with a wrong token as " + victim.getKey()).isEqualTo(403);
            assertThat(catalogue.fingerprints(jdbc, target)).as(endpoint + " changed data").isEqualTo(before);
            if (withTokenRolledBack(example.apply(target).cookie(victim.getValue())) != 403) {
                allowed.add(endpoint);
                return;
            }
        }
        refusedToAll.add(endpoint);
    }

    /** The victim's real request with the token, in a transaction rolled back afterwards: it must not change shared data. */
    private int withTokenRolledBack(MockHttpServletRequestBuilder request) {
        return new TransactionTemplate(transactions).execute(status -> {
            status.setRollbackOnly();
            try {
                return mvc.perform(request).andReturn().getResponse().getStatus();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The API authenticates bearer tokens only: a forged request carrying just the cookie (and even a token) is refused. */
    private void cookieOnApi(String endpoint, Function<ForeignTarget, MockHttpServletRequestBuilder> example) throws Exception {
        String before = catalogue.fingerprints(jdbc, target);
        MockHttpServletResponse response = mvc.perform(example.apply(target).cookie(session).with(csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).as(endpoint + " status").isEqualTo(401);
        assertThat(catalogue.fingerprints(jdbc, target)).as(endpoint + " changed data").isEqualTo(before);
    }

    /**
     * A GET can be forged by any image tag, so it must not change anything. Left out: what reads record by design,
     * the exposure of candidates in the lists shown (fairness) and the drill-down reads of reports.
     */
    private void readOnly(String endpoint, Function<ForeignTarget, MockHttpServletRequestBuilder> example) throws Exception {
        String before = readOnlyFingerprints();
        MockHttpServletRequestBuilder request = example.apply(target);
        mvc.perform(EndpointCatalogue.isApi(endpoint) ? request.header("Authorization", "Bearer demo-token-" + victim)
                : request.cookie(session)).andReturn();
        assertThat(readOnlyFingerprints()).as(endpoint + " changed data").isEqualTo(before);
    }

    private String readOnlyFingerprints() {
        return catalogue.fingerprints(jdbc, target).replaceAll("(FairnessEndpointExamples|ReportingEndpointExamples)=[^;]*;", "");
    }

    /** The control: the same session with its real token does change the data, so the 403s above are the token's doing. */
    @Test
    void theSameSessionWithItsTokenIsAllowed() throws Exception {
        int version = versionOfTheClient();
        var page = mvc.perform(get("/werkzoekenden/" + target.client() + "/bewerken").cookie(session)).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        String body = page.getContentAsString();
        String token = body.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        assertThat(token).hasSizeLessThan(200);
        var changed = mvc.perform(post("/werkzoekenden/" + target.client()).cookie(session)
                .param("_csrf", token).param("version", String.valueOf(version)).param("municipality", STADSKANAAL)
                .param("bsn", target.bsn()).param("firstNames", "Echt").param("lastName", target.lastName())
                .param("dateOfBirth", "1984-05-17").param("postcode", "9501AB")).andReturn().getResponse();
        assertThat(changed.getStatus()).isEqualTo(302);
        assertThat(versionOfTheClient()).isEqualTo(version + 1);
    }

    @Test
    void signInAndSignOutNeedTheTokenToo() throws Exception {
        var signIn = mvc.perform(post("/inloggen").param("gebruikersnaam", victim).param("wachtwoord", Fixtures.PASSWORD))
                .andReturn().getResponse();
        assertThat(signIn.getStatus()).as("login CSRF").isEqualTo(403);
        if (signIn.getCookie(Sessions.COOKIE) != null) {
            assertThat(mvc.perform(get("/").cookie(signIn.getCookie(Sessions.COOKIE))).andReturn().getResponse().getRedirectedUrl())
                    .as("the refused sign-in's session is not signed in").endsWith("/inloggen");
        }
        var signOut = mvc.perform(post("/uitloggen").cookie(session)).andReturn().getResponse();
        assertThat(signOut.getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/").cookie(session)).andReturn().getResponse().getStatus()).as("still signed in").isEqualTo(200);
        assertThat(Set.of(403)).contains(mvc.perform(post("/activeren").param("code", "x")).andReturn().getResponse().getStatus());
    }

    private int versionOfTheClient() {
        return jdbc.sql("SELECT version FROM client WHERE id = ?").param(target.client().value()).query(Integer.class).single();
    }
}
