package nl.opstap.testsupport;

import java.util.Map;
import java.util.function.Function;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A module's example requests for the authorisation test ({@code nl.opstap.access.AuthorisationIT}), which
 * finds every implementation in {@code nl.opstap} and sends each request as every role against the
 * foreign municipality. Keys are "METHOD /pattern" exactly as mapped. Implementations need a no-argument
 * constructor.
 */
public interface EndpointExamples {

    /** Creates what the examples need in the foreign municipality (once per test, before any request). */
    default void prepare(ApplicationContext context, ForeignTarget target) {}

    Map<String, Function<ForeignTarget, MockHttpServletRequestBuilder>> examples();

    /** A fingerprint of the foreign data this module holds; it must be the same after every request. */
    default String fingerprint(JdbcClient jdbc, ForeignTarget target) {
        return "";
    }

    /** Text that must never appear in any answer (e.g. a foreign note's text). */
    default java.util.List<String> secrets() {
        return java.util.List.of();
    }

    static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_FORM_URLENCODED).content(body).with(csrf());
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
