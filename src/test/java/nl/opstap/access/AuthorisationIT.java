package nl.opstap.access;

import static nl.opstap.testsupport.Fixtures.STADSKANAAL;
import static nl.opstap.testsupport.Fixtures.STEENWIJKERLAND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.opstap.client.ClientDirectory;
import nl.opstap.testsupport.EndpointCatalogue;
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

    @Autowired MockMvc mvc;
    @Autowired UserAccounts accounts;
    @Autowired ClientDirectory clients;
    @Autowired JdbcClient jdbc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
    @Autowired ApplicationContext context;

    private Fixtures fixtures;
    private ForeignTarget foreign;
    private final Map<Role, String> users = new LinkedHashMap<>();
    private final EndpointCatalogue catalogue = new EndpointCatalogue();

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(accounts, clients);
        foreign = fixtures.foreignTarget();
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
        catalogue.modules().forEach(module -> module.prepare(context, foreign));
    }

    /** An employer of Steenwijkerland for the EMPLOYER user, so the employer pages are really exercised. */
    private nl.opstap.employer.EmployerId ownEmployer() {
        return fixtures.employer(context.getBean(nl.opstap.employer.Employers.class), STEENWIJKERLAND, "Eigen Werkgever Steenwijk BV");
    }

    @Test
    void everyEndpointHasAnExample() {
        Set<String> mapped = EndpointCatalogue.mapped(mappings);
        assertThat(catalogue.examples().keySet()).containsAll(mapped);
        assertThat(mapped).containsAll(catalogue.examples().keySet());
    }

    @TestFactory
    Stream<DynamicTest> noRoleSeesOrChangesAnotherMunicipalitysData() {
        List<DynamicTest> tests = new ArrayList<>();
        catalogue.examples().forEach((endpoint, example) -> users.forEach((role, username) ->
                tests.add(DynamicTest.dynamicTest(endpoint + " as " + role, () -> attempt(endpoint, example, username)))));
        return tests.stream();
    }

    private void attempt(String endpoint, Function<ForeignTarget, MockHttpServletRequestBuilder> example, String username)
            throws Exception {
        int version = versionOfForeignClient();
        String before = catalogue.fingerprints(jdbc, foreign);
        long intruders = intruders();
        MockHttpServletRequestBuilder request = example.apply(foreign);
        request = EndpointCatalogue.isApi(endpoint) ? request.header("Authorization", "Bearer demo-token-" + username)
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
        assertThat(catalogue.fingerprints(jdbc, foreign)).as("foreign data of a module changed").isEqualTo(before);
        for (EndpointExamples module : catalogue.modules()) {
            module.secrets().forEach(secret -> assertThat(body).as("foreign data in the answer").doesNotContain(secret));
        }
        assertThat(intruders()).as("a client or administrator registered in the foreign municipality").isEqualTo(intruders);
        assertThat(jdbc.sql("SELECT display_name FROM app_user WHERE id = ?").param(foreign.foreignUser().value())
                .query(String.class).single()).isNotEqualTo("Gekaapt");
    }

    /** Clients named Indringer and administrators named indringer… of Stadskanaal (users allowed there may make them). */
    private long intruders() {
        return jdbc.sql("SELECT COUNT(*) FROM client WHERE municipality_code = ? AND last_name = 'Indringer'")
                .param(STADSKANAAL).query(Long.class).single()
                + jdbc.sql("SELECT COUNT(*) FROM user_role WHERE role = 'ADMIN' AND municipality_code = ? AND user_id IN "
                + "(SELECT id FROM app_user WHERE username LIKE 'indringer%')").param(STADSKANAAL).query(Long.class).single();
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
