package nl.opstap.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The headers every answer must carry, and a script policy without inline script or eval. A policy of only
 * {@code sandbox} (uploaded documents) runs no script at all and passes.
 */
final class SecurityHeaders {

    private SecurityHeaders() {}

    static void check(String what, MockHttpServletResponse response) {
        assertThat(response.getHeader("X-Content-Type-Options")).as(what + " nosniff").isEqualTo("nosniff");
        assertThat(response.getHeader("X-Frame-Options")).as(what + " frame options").isEqualTo("DENY");
        assertThat(response.getHeader("Referrer-Policy")).as(what + " referrer policy").isEqualTo("same-origin");
        String policy = response.getHeader("Content-Security-Policy");
        assertThat(policy).as(what + " content security policy").isNotNull();
        String sandbox = directive(policy, "sandbox");
        if (sandbox != null) {
            assertThat(sandbox).as(what + " sandbox").doesNotContain("allow-scripts");
            return;
        }
        String defaults = directive(policy, "default-src");
        String scripts = orElse(directive(policy, "script-src"), defaults);
        assertThat(scripts).as(what + " script policy").isNotNull().doesNotContain("'unsafe-inline'").doesNotContain("'unsafe-eval'")
                .doesNotContain("*").doesNotContain("data:");
        assertThat(directive(policy, "frame-ancestors")).as(what + " frame-ancestors").isEqualTo("'none'");
        assertThat(orElse(directive(policy, "object-src"), defaults)).as(what + " object-src").isEqualTo("'none'");
        String type = String.valueOf(response.getContentType()).toLowerCase(Locale.ROOT);
        if (type.contains("html") && !"'none'".equals(scripts)) {
            assertThat(directive(policy, "base-uri")).as(what + " base-uri").isEqualTo("'self'");
            assertThat(type).as(what + " charset").contains("utf-8");
        }
    }

    private static String orElse(String value, String fallback) {
        return value != null ? value : fallback;
    }

    private static String directive(String policy, String name) {
        return Arrays.stream(policy.split(";")).map(String::trim).filter(d -> d.equals(name) || d.startsWith(name + " "))
                .map(d -> d.substring(name.length()).trim()).findFirst().orElse(null);
    }
}
