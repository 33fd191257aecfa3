package nl.opstap.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;

/**
 * What every answer to a hostile request must be: no 5xx, nothing internal in the body (stack traces, class names, SQL),
 * and an error as application/problem+json. Counts what was sent and answered, for the summary.
 */
final class FuzzAnswers {

    /** Text that only an internal error would put in an answer; none of the generated inputs contains it. */
    static final List<String> LEAKS = List.of("Exception", "\tat ", "at nl.opstap", "at org.", "at java.", "nl.opstap.",
            "org.springframework", "java.lang", "java.util", "jakarta.", "tools.jackson", "com.fasterxml", "org.h2", "org.postgresql",
            "SQLState", "SQL [", "SQL statement", "syntax error at", "Caused by", "stack", "NullPointer", "ERROR:");

    static final Map<String, AtomicInteger> BY_OPERATION = new ConcurrentHashMap<>();
    static final Map<String, AtomicInteger> BY_STATUS = new ConcurrentHashMap<>();
    static final Map<String, AtomicInteger> NOT_SENDABLE = new ConcurrentHashMap<>();

    private FuzzAnswers() {}

    /** Checks one answer. */
    static void check(Object request, String operation, String kind, int status, @Nullable String contentType, String body) {
        BY_OPERATION.computeIfAbsent(operation, k -> new AtomicInteger()).incrementAndGet();
        BY_STATUS.computeIfAbsent(kind + " " + status, k -> new AtomicInteger()).incrementAndGet();
        assertThat(status).as("status of %s", request).isLessThan(500);
        for (String leak : LEAKS) {
            assertThat(body).as("answer %s to %s", abbreviate(body), request).doesNotContain(leak);
        }
        if (status >= 400) {
            assertThat(contentType).as("content type of the %s answer to %s", status, request).isNotNull();
            assertThat(MediaType.parseMediaType(contentType).isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .as("%s answer to %s is %s: %s", status, request, contentType, abbreviate(body)).isTrue();
            assertThat(body).as("problem body for %s", request).contains("\"status\":" + status);
        }
    }

    /**
     * A request MockMvc accepted but no HTTP client can send (a control character in a header) or Tomcat refuses for
     * its size (over 8 KB of request line and headers): its empty MockMvc answer is not checked over HTTP.
     */
    static void notSendable(String kind, int status) {
        NOT_SENDABLE.computeIfAbsent(kind + " " + status, k -> new AtomicInteger()).incrementAndGet();
    }

    static int total() {
        return BY_OPERATION.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    static String summary() {
        return "requests per status " + new TreeMap<>(BY_STATUS) + "; empty in MockMvc, not sendable over HTTP or over Tomcat's size limit "
                + new TreeMap<>(NOT_SENDABLE) + "; operations reached " + BY_OPERATION.size() + ", fewest requests to one "
                + BY_OPERATION.values().stream().mapToInt(AtomicInteger::get).min().orElse(0);
    }

    private static String abbreviate(String text) {
        return text.length() > 500 ? text.substring(0, 500) + "…" : text;
    }
}
