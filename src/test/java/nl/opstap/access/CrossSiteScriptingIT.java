package nl.opstap.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.opstap.client.ClientDirectory;
import nl.opstap.testsupport.EndpointCatalogue;
import nl.opstap.testsupport.Fixtures;
import nl.opstap.testsupport.ForeignTarget;
import nl.opstap.testsupport.HostileInput;
import nl.opstap.testsupport.OpstapIntegrationTest;
import nl.opstap.testsupport.Victims;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Cross-site scripting through every endpoint of {@link EndpointCatalogue}, as users allowed to use it (every staff
 * role, a job seeker and an employer, all of the municipality the examples aim at). Every input field of every
 * state-changing example gets {@link HostileInput#PAYLOAD} in turn: it is refused or stored, and no answer, no page it
 * redirects to and, afterwards, no page of the catalogue renders it as markup. Every query parameter and path variable
 * of every page is tried the same way (reflected XSS), and every page carries the security headers.
 */
@OpstapIntegrationTest
class CrossSiteScriptingIT {

    private static final Pattern VERSION = Pattern.compile("name=\"version\"[^>]*value=\"(\\d+)\"");

    @Autowired MockMvc mvc;
    @Autowired UserAccounts accounts;
    @Autowired ClientDirectory clients;
    @Autowired WebApplicationContext web;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
    @Autowired ApplicationContext context;

    private final EndpointCatalogue catalogue = new EndpointCatalogue();
    private final Map<String, Cookie> sessions = new LinkedHashMap<>();
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger sent = new AtomicInteger();
    private ForeignTarget target;

    @BeforeEach
    void setUp() throws Exception {
        Fixtures fixtures = new Fixtures(accounts, clients);
        target = Victims.target(fixtures, catalogue, context, "xss");
        sessions.putAll(Victims.signedIn(mvc, fixtures, context, target, Fixtures.unique("xss.alles")));
    }

    @Test
    void everyEndpointIsWalked() {
        assertThat(catalogue.examples().keySet()).isEqualTo(EndpointCatalogue.mapped(mappings));
    }

    @TestFactory
    Stream<DynamicTest> hostileTextIsRefusedOrRenderedEscaped() {
        List<DynamicTest> tests = new ArrayList<>();
        var examples = catalogue.examples();
        examples.forEach((endpoint, example) -> {
            if (EndpointCatalogue.changesState(endpoint)) {
                tests.add(DynamicTest.dynamicTest(endpoint + " with hostile input", () -> inject(endpoint, example)));
            }
        });
        tests.add(DynamicTest.dynamicTest("some hostile input was stored", () -> {
            System.out.printf("Cross-site scripting: %d hostile requests, %d saved (a redirect after a form, 2xx in the API)%n",
                    sent.get(), accepted.get());
            assertThat(accepted.get()).as("requests that saved the payload").isGreaterThan(20);
        }));
        examples.forEach((endpoint, example) -> {
            if (!EndpointCatalogue.changesState(endpoint)) {
                tests.add(DynamicTest.dynamicTest(endpoint + " shows it escaped, reflects nothing, sends the headers",
                        () -> page(endpoint, example)));
            }
        });
        return tests.stream();
    }

    /** Each field in turn, as each user; a user refused the first time (403) is not allowed there and tries no more. */
    private void inject(String endpoint, Function<ForeignTarget, MockHttpServletRequestBuilder> example) throws Exception {
        List<String> fields = HostileInput.fields(example.apply(target).buildRequest(web.getServletContext()));
        for (String user : sessions.keySet()) {
            for (String field : fields) {
                MockHttpServletResponse response = send(endpoint, example, user, field, null);
                String version = retryVersion(response);
                if (version != null) {
                    response = send(endpoint, example, user, field, version);
                }
                sent.incrementAndGet();
                check(endpoint + " " + field + " as " + user, response);
                if (response.getStatus() == 403) {
                    break;
                }
                if (EndpointCatalogue.isApi(endpoint) ? response.getStatus() < 300 : response.getRedirectedUrl() != null) {
                    accepted.incrementAndGet();
                }
                follow(endpoint, user, response);
            }
        }
    }

    private MockHttpServletResponse send(String endpoint, Function<ForeignTarget, MockHttpServletRequestBuilder> example, String user,
                                         String field, String version) throws Exception {
        MockHttpServletRequestBuilder request = signedIn(endpoint, example.apply(target), user)
                .with(HostileInput.replace(field, HostileInput.PAYLOAD));
        if (version != null) {
            request.with(r -> {
                if (r.getParameter("version") != null && !field.equals("param:version")) {
                    r.setParameter("version", version);
                }
                if (r.getHeader("If-Match") != null) {
                    r.removeHeader("If-Match");
                    r.addHeader("If-Match", "\"" + version + "\"");
                }
                return r;
            });
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    /** A form re-shown after a colleague's change carries the current version; an API conflict names it in the ETag. */
    private static String retryVersion(MockHttpServletResponse response) throws Exception {
        if (response.getStatus() == 412 || response.getStatus() == 409) {
            String etag = response.getHeader("ETag");
            return etag == null ? null : etag.replaceAll("\\D", "");
        }
        Matcher version = VERSION.matcher(response.getContentAsString(StandardCharsets.UTF_8));
        return response.getStatus() == 200 && version.find() ? version.group(1) : null;
    }

    /** The page a successful form post redirects to shows what was stored. */
    private void follow(String endpoint, String user, MockHttpServletResponse response) throws Exception {
        String location = response.getRedirectedUrl();
        if (location != null && location.startsWith("/") && !location.startsWith("//") && !EndpointCatalogue.isApi(endpoint)) {
            check(endpoint + " then " + location, mvc.perform(get(URI.create(location)).cookie(sessions.get(user))).andReturn().getResponse());
        }
    }

    private void page(String endpoint, Function<ForeignTarget, MockHttpServletRequestBuilder> example) throws Exception {
        MockHttpServletRequest built = example.apply(target).buildRequest(web.getServletContext());
        for (String user : sessions.keySet()) {
            MockHttpServletResponse shown = mvc.perform(signedIn(endpoint, example.apply(target), user)).andReturn().getResponse();
            check(endpoint + " as " + user, shown);
            SecurityHeaders.check(endpoint, shown);
            if (shown.getStatus() == 403) {
                continue;
            }
            for (String field : HostileInput.fields(built)) {
                check(endpoint + " " + field + " as " + user, mvc.perform(signedIn(endpoint, example.apply(target), user)
                        .with(HostileInput.replace(field, HostileInput.PAYLOAD))).andReturn().getResponse());
            }
            String[] pattern = endpoint.substring(endpoint.indexOf(' ') + 1).split("/");
            String[] path = built.getRequestURI().split("/");
            for (int i = 0; i < pattern.length && i < path.length; i++) {
                if (pattern[i].startsWith("{")) {
                    check(endpoint + " path " + pattern[i] + " as " + user, mvc.perform(signedIn(endpoint,
                            get(URI.create(withSegment(path, i))), user)).andReturn().getResponse());
                }
            }
        }
    }

    private static String withSegment(String[] path, int index) {
        String[] copy = path.clone();
        copy[index] = URLEncoder.encode(HostileInput.PATH_PAYLOAD, StandardCharsets.UTF_8).replace("+", "%20");
        return String.join("/", copy);
    }

    private MockHttpServletRequestBuilder signedIn(String endpoint, MockHttpServletRequestBuilder request, String user) {
        return EndpointCatalogue.isApi(endpoint) ? request.header("Authorization", "Bearer demo-token-" + user)
                : request.cookie(sessions.get(user));
    }

    private static void check(String what, MockHttpServletResponse response) throws Exception {
        assertThat(HostileInput.unescaped(response)).as(what + " renders the payload as markup").isNull();
        assertThat(response.getStatus()).as(what + " status").isLessThan(500);
    }
}
