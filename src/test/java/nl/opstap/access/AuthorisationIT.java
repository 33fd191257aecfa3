package nl.opstap.access;

import static nl.opstap.testsupport.Fixtures.STADSKANAAL;
import static nl.opstap.testsupport.Fixtures.STEENWIJKERLAND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientId;
import nl.opstap.testsupport.EndpointExamples;
import nl.opstap.testsupport.Fixtures;
import nl.opstap.testsupport.ForeignTarget;
import nl.opstap.testsupport.OpstapIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every mapped endpoint, for every role, against data of a municipality the user is not
 * authorised for: nothing of it may come back or change. An endpoint without an example here fails
 * {@link #everyEndpointHasAnExample}, so a new endpoint cannot escape this test.
 */
@OpstapIntegrationTest
class AuthorisationIT {

    private static final String API = "/api/";

    @Autowired MockMvc mvc;
    @Autowired UserAccounts accounts;
    @Autowired ClientDirectory clients;
    @Autowired JdbcClient jdbc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
    @Autowired ApplicationContext context;

    private Fixtures fixtures;
    private ForeignTarget foreign;
    private final Map<Role, String> users = new LinkedHashMap<>();
    private final List<EndpointExamples> modules = moduleExamples();

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(accounts, clients);
        String lastName = Fixtures.unique("Vreemd");
        var details = Fixtures.details(STADSKANAAL, "Geheim", lastName);
        ClientId client = clients.register(fixtures.caseworkerAccess(STADSKANAAL), new nl.opstap.client.NewClient(details, null, null));
        foreign = new ForeignTarget(client, details.bsn(), lastName, accounts.idOf("consulent.stadskanaal"));
        for (Role role : Role.values()) {
            String username = "authz." + role.name().toLowerCase();
            if (role == Role.JOB_SEEKER) {
                fixtures.jobSeeker(username, fixtures.client(STEENWIJKERLAND, "Eigen", "Dossier"), STEENWIJKERLAND);
            } else if (role == Role.EMPLOYER) {
                if (!accounts.exists(username)) {
                    fixtures.employerUser(username, ownEmployer().value(), STEENWIJKERLAND);
                }
            } else {
                fixtures.user(username, role, STEENWIJKERLAND);
            }
            users.put(role, username);
        }
        modules.forEach(module -> module.prepare(context, foreign));
    }

    /** An employer of Steenwijkerland for the EMPLOYER user, so the employer pages are really exercised. */
    private nl.opstap.employer.EmployerId ownEmployer() {
        return fixtures.employer(context.getBean(nl.opstap.employer.Employers.class), STEENWIJKERLAND, "Eigen Werkgever Steenwijk BV");
    }

    /** Every module's {@link EndpointExamples} in the test classpath. */
    private static List<EndpointExamples> moduleExamples() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(EndpointExamples.class));
        return scanner.findCandidateComponents("nl.opstap").stream().map(candidate -> {
            try {
                var type = Class.forName(candidate.getBeanClassName());
                var constructor = type.getDeclaredConstructor();
                constructor.setAccessible(true);
                return (EndpointExamples) constructor.newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot create " + candidate.getBeanClassName(), e);
            }
        }).toList();
    }

    private String fingerprints() {
        StringBuilder all = new StringBuilder();
        modules.forEach(module -> all.append(module.getClass().getSimpleName()).append('=')
                .append(module.fingerprint(jdbc, foreign)).append(';'));
        return all.toString();
    }

    /** One request per endpoint, aimed at the foreign municipality's data. */
    private Map<String, Function<ForeignTarget, MockHttpServletRequestBuilder>> examples() {
        Map<String, Function<ForeignTarget, MockHttpServletRequestBuilder>> e = new LinkedHashMap<>();
        String newClient = "details.municipality=" + STADSKANAAL + "&details.bsn=%s&details.firstNames=In&details.lastName=Indringer"
                + "&details.dateOfBirth=1980-01-01&details.postcode=9501AB";
        String clientForm = "version=0&municipality=" + STADSKANAAL + "&bsn=%s&firstNames=Over&lastName=Geschreven"
                + "&dateOfBirth=1980-01-01&postcode=9501AB";
        e.put("GET /", t -> get("/"));
        e.put("GET /inloggen", t -> get("/inloggen"));
        e.put("GET /werkzoekenden", t -> get("/werkzoekenden").param("naam", "Geheim"));
        e.put("POST /werkzoekenden", t -> form(post("/werkzoekenden"), newClient.formatted(nl.opstap.testsupport.TestBsns.next())));
        e.put("GET /werkzoekenden/nieuw", t -> get("/werkzoekenden/nieuw"));
        e.put("POST /werkzoekenden/zoeken-op-bsn", t -> form(post("/werkzoekenden/zoeken-op-bsn"), "bsn=" + t.bsn()));
        e.put("GET /werkzoekenden/{id}", t -> get("/werkzoekenden/" + t.client()));
        e.put("POST /werkzoekenden/{id}", t -> form(post("/werkzoekenden/" + t.client()), clientForm.formatted(t.bsn())));
        e.put("GET /werkzoekenden/{id}/bewerken", t -> get("/werkzoekenden/" + t.client() + "/bewerken"));
        e.put("POST /werkzoekenden/{id}/uitkeringsstatus", t -> form(post("/werkzoekenden/" + t.client() + "/uitkeringsstatus"),
                "status=RECIPIENT&from=2024-01-01"));
        e.put("POST /werkzoekenden/{id}/klantmanager", t -> form(post("/werkzoekenden/" + t.client() + "/klantmanager"),
                "caseworkerId=" + accounts.idOf("consulent.steenwijkerland")));
        e.put("POST /werkzoekenden/{id}/partner", t -> form(post("/werkzoekenden/" + t.client() + "/partner"), ""));
        e.put("GET /werkzoekenden/{id}/partner-kandidaten", t -> get("/werkzoekenden/" + t.client() + "/partner-kandidaten")
                .param("naam", "a"));
        e.put("GET /werkzoekenden/{id}/verwerkingen", t -> get("/werkzoekenden/" + t.client() + "/verwerkingen"));
        e.put("GET /mijn-gegevens", t -> get("/mijn-gegevens"));
        e.put("GET /mijn-account", t -> get("/mijn-account"));
        e.put("GET /mijn-account/wachtwoord", t -> get("/mijn-account/wachtwoord"));
        e.put("POST /mijn-account/wachtwoord", t -> form(post("/mijn-account/wachtwoord"), "currentPassword=x&newPassword=y&repeatPassword=y"));
        e.put("POST /mijn-account/tokens", t -> form(post("/mijn-account/tokens"), "name=&validityDays=0"));
        e.put("POST /mijn-account/tokens/{tokenId}/intrekken", t -> form(post("/mijn-account/tokens/" + UUID.randomUUID() + "/intrekken"), ""));
        e.put("GET /beheer/gebruikers", t -> get("/beheer/gebruikers").param("zoek", "stadskanaal"));
        e.put("GET /beheer/gebruikers/nieuw", t -> get("/beheer/gebruikers/nieuw"));
        e.put("POST /beheer/gebruikers", t -> form(post("/beheer/gebruikers"), "username=" + Fixtures.unique("indringer")
                + "&displayName=X&temporaryPassword=fiets-regen-koffie-tulp&grants=ADMIN@" + STADSKANAAL));
        e.put("GET /beheer/gebruikers/{id}", t -> get("/beheer/gebruikers/" + t.foreignUser()));
        e.put("POST /beheer/gebruikers/{id}", t -> form(post("/beheer/gebruikers/" + t.foreignUser()),
                "username=x&displayName=Gekaapt&version=0"));
        e.put("POST /beheer/gebruikers/{id}/ontgrendelen", t -> form(post("/beheer/gebruikers/" + t.foreignUser() + "/ontgrendelen"), ""));
        e.put("POST /beheer/gebruikers/{id}/blokkeren", t -> form(post("/beheer/gebruikers/" + t.foreignUser() + "/blokkeren"), ""));
        e.put("POST /beheer/gebruikers/{id}/activeren", t -> form(post("/beheer/gebruikers/" + t.foreignUser() + "/activeren"), ""));
        e.put("POST /beheer/gebruikers/{id}/wachtwoord", t -> form(post("/beheer/gebruikers/" + t.foreignUser() + "/wachtwoord"),
                "temporaryPassword=fiets-regen-koffie-tulp"));
        e.put("GET /beheer/verwerkingslog", t -> get("/beheer/verwerkingslog"));
        e.put("POST /beheer/verwerkingslog/controle", t -> form(post("/beheer/verwerkingslog/controle"), ""));
        e.put("GET /api/v1/gemeenten", t -> get("/api/v1/gemeenten"));
        e.put("GET /api/v1/werkzoekenden", t -> get("/api/v1/werkzoekenden").param("naam", "Geheim"));
        e.put("POST /api/v1/werkzoekenden", t -> json(post("/api/v1/werkzoekenden"), """
                {"bsn": "%s", "voornamen": "In", "achternaam": "Indringer", "geboortedatum": "1980-01-01",
                 "postcode": "9501AB", "gemeenteCode": "%s"}""".formatted(nl.opstap.testsupport.TestBsns.next(), STADSKANAAL)));
        e.put("POST /api/v1/werkzoekenden/_zoek", t -> json(post("/api/v1/werkzoekenden/_zoek"), "{\"bsn\": \"" + t.bsn() + "\"}"));
        e.put("GET /api/v1/werkzoekenden/{id}", t -> get("/api/v1/werkzoekenden/" + t.client()));
        e.put("PUT /api/v1/werkzoekenden/{id}", t -> json(put("/api/v1/werkzoekenden/" + t.client()), """
                {"bsn": "%s", "voornamen": "Over", "achternaam": "Geschreven", "geboortedatum": "1980-01-01",
                 "postcode": "9501AB", "gemeenteCode": "%s"}""".formatted(t.bsn(), STADSKANAAL)).header("If-Match", "\"0\""));
        e.put("GET /api/v1/werkzoekenden/{id}/uitkeringsstatussen", t -> get("/api/v1/werkzoekenden/" + t.client() + "/uitkeringsstatussen"));
        e.put("POST /api/v1/werkzoekenden/{id}/uitkeringsstatussen", t -> json(post("/api/v1/werkzoekenden/" + t.client()
                + "/uitkeringsstatussen"), "{\"status\": \"uitkeringsgerechtigd\", \"ingangsdatum\": \"2024-01-01\"}"));
        e.put("GET /api/v1/werkzoekenden/{id}/klantmanagers", t -> get("/api/v1/werkzoekenden/" + t.client() + "/klantmanagers"));
        e.put("PUT /api/v1/werkzoekenden/{id}/klantmanager", t -> json(put("/api/v1/werkzoekenden/" + t.client() + "/klantmanager"),
                "{\"klantmanagerId\": \"" + accounts.idOf("consulent.steenwijkerland") + "\"}"));
        e.put("PUT /api/v1/werkzoekenden/{id}/partner", t -> json(put("/api/v1/werkzoekenden/" + t.client() + "/partner"),
                "{\"partnerId\": null}"));
        e.put("GET /api/v1/werkzoekenden/{id}/verwerkingen", t -> get("/api/v1/werkzoekenden/" + t.client() + "/verwerkingen"));
        e.put("GET /werkzoekenden/{id}/tijdlijn", t -> get("/werkzoekenden/" + t.client() + "/tijdlijn"));
        e.put("GET /api/v1/werkzoekenden/{id}/tijdlijn", t -> get("/api/v1/werkzoekenden/" + t.client() + "/tijdlijn"));
        modules.forEach(module -> module.examples().forEach((key, example) -> {
            if (e.put(key, example) != null) {
                throw new IllegalStateException("two examples for " + key);
            }
        }));
        return e;
    }

    private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_FORM_URLENCODED).content(body).with(csrf());
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    void everyEndpointHasAnExample() {
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (!method.getBeanType().getPackageName().startsWith("nl.opstap") || info.getPatternValues().contains("/error")) {
                return;
            }
            info.getPatternValues().forEach(pattern -> info.getMethodsCondition().getMethods()
                    .forEach(m -> mapped.add(m.name() + " " + pattern)));
        });
        assertThat(examples().keySet()).containsAll(mapped);
        assertThat(mapped).containsAll(examples().keySet());
    }

    @TestFactory
    Stream<DynamicTest> noRoleSeesOrChangesAnotherMunicipalitysData() {
        List<DynamicTest> tests = new ArrayList<>();
        examples().forEach((endpoint, example) -> users.forEach((role, username) ->
                tests.add(DynamicTest.dynamicTest(endpoint + " as " + role, () -> attempt(endpoint, example, username)))));
        return tests.stream();
    }

    private void attempt(String endpoint, Function<ForeignTarget, MockHttpServletRequestBuilder> example, String username)
            throws Exception {
        int version = versionOfForeignClient();
        String before = fingerprints();
        MockHttpServletRequestBuilder request = example.apply(foreign);
        request = endpoint.contains(API) ? request.header("Authorization", "Bearer demo-token-" + username)
                : request.with(user(username));
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        String body = response.getContentAsString();

        assertThat(body).as("foreign client's name in the answer").doesNotContain(foreign.lastName());
        assertThat(body).as("foreign client's BSN in the answer").doesNotContain(foreign.bsn());
        assertThat(body).as("foreign user in the answer").doesNotContain("consulent.stadskanaal");
        assertThat(body).as("foreign municipality listed").doesNotContain("Stadskanaal\"");
        assertThat(String.valueOf(response.getRedirectedUrl())).doesNotContain(foreign.client().toString());
        if (endpoint.contains("{id}") && !endpoint.contains("/beheer/") || endpoint.contains("/beheer/gebruikers/{id}")) {
            assertThat(response.getStatus()).as(endpoint + " status").isIn(302, 400, 403, 404);
            if (response.getStatus() == 302) {
                assertThat(response.getRedirectedUrl()).doesNotContain(foreign.foreignUser().toString());
            }
        }
        assertThat(versionOfForeignClient()).as("foreign client changed").isEqualTo(version);
        assertThat(fingerprints()).as("foreign data of a module changed").isEqualTo(before);
        for (EndpointExamples module : modules) {
            module.secrets().forEach(secret -> assertThat(body).as("foreign data in the answer").doesNotContain(secret));
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM client WHERE municipality_code = ? AND last_name = 'Indringer'")
                .param(STADSKANAAL).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM user_role WHERE role = 'ADMIN' AND municipality_code = ? AND user_id IN "
                + "(SELECT id FROM app_user WHERE username LIKE 'indringer%')").param(STADSKANAAL).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT display_name FROM app_user WHERE id = ?").param(foreign.foreignUser().value())
                .query(String.class).single()).isNotEqualTo("Gekaapt");
    }

    private int versionOfForeignClient() {
        return jdbc.sql("SELECT version FROM client WHERE id = ?").param(foreign.client().value()).query(Integer.class).single();
    }

    @Test
    void theSameRequestsDoReachTheDataForAUserOfThatMunicipality() throws Exception {
        mvc.perform(get("/werkzoekenden/" + foreign.client()).with(user("consulent.stadskanaal")))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString(foreign.lastName())));
        mvc.perform(get("/api/v1/werkzoekenden").param("naam", foreign.lastName())
                        .header("Authorization", "Bearer demo-token-analist.tdc"))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString(foreign.lastName())));
        mvc.perform(get("/beheer/gebruikers/" + foreign.foreignUser()).with(user("beheer.tdc"))).andExpect(status().isOk());
    }
}
