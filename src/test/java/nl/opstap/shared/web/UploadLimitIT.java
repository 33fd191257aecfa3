package nl.opstap.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.opstap.testsupport.CookieKeepingClient;
import nl.opstap.testsupport.OpstapIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Uploads over the multipart limits (spring.servlet.multipart: 60 MB per file, 160 MB per request), sent over real
 * HTTP to the embedded Tomcat as a browser would (no Expect: 100-continue): the API answers problem+json 413 in Dutch,
 * a screen form sends the user back to the form with the message. Both places that refuse such a request are hit:
 * Spring's multipart resolver (API, and a screen form whose CSRF token comes in a header) and Tomcat's parameter
 * parsing inside the CSRF filter (a screen form posting its token as a field).
 */
@OpstapIntegrationTest
class UploadLimitIT {

    private static final String ADMIN = "beheer.igsd";
    private static final long OVER_FILE_LIMIT = 61L * 1024 * 1024;
    private static final long OVER_REQUEST_LIMIT = 170L * 1024 * 1024;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort int port;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;

    private final CookieKeepingClient http = new CookieKeepingClient();

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request);
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private long imports() {
        return jdbc.sql("SELECT COUNT(*) FROM esco_import").query(Long.class).single();
    }

    /** A multipart body: the text fields, then one file of {@code size} bytes generated on the fly (never held in memory). */
    private static HttpRequest.BodyPublisher multipart(String boundary, List<String[]> fields, long size) {
        StringBuilder head = new StringBuilder();
        for (String[] field : fields) {
            head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(field[0]).append("\"\r\n\r\n")
                    .append(field[1]).append("\r\n");
        }
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"beroepen\"; filename=\"groot.csv\"\r\n")
                .append("Content-Type: text/csv\r\n\r\n");
        byte[] prefix = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] suffix = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(
                Collections.enumeration(List.of(new ByteArrayInputStream(prefix), new Letters(size), new ByteArrayInputStream(suffix))))),
                prefix.length + size + suffix.length);
    }

    private HttpResponse<String> upload(String path, List<String[]> fields, long size, String... headers) throws Exception {
        String boundary = "opstapgrens" + System.nanoTime();
        HttpRequest.Builder request = HttpRequest.newBuilder(url(path)).timeout(Duration.ofMinutes(2))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(multipart(boundary, fields, size));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    private String csrfOf(String page) throws Exception {
        String html = send(HttpRequest.newBuilder(url(page))).body();
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("CSRF token on " + page).isTrue();
        return m.group(1);
    }

    private void signIn() throws Exception {
        String form = "gebruikersnaam=" + ADMIN + "&wachtwoord=" + URLEncoder.encode("Opstap-demo-2026", StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrfOf("/inloggen"), StandardCharsets.UTF_8);
        HttpResponse<String> answer = send(HttpRequest.newBuilder(url("/inloggen")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElseThrow()).doesNotContain("fout");
        // ADMIN signs in with a second factor: the demo administrators' TOTP code.
        String code = "code=" + nl.opstap.testsupport.TotpCodes.nextDemo(ADMIN)
                + "&_csrf=" + URLEncoder.encode(csrfOf("/inloggen/code"), StandardCharsets.UTF_8);
        HttpResponse<String> second = send(HttpRequest.newBuilder(url("/inloggen/code"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(code)));
        assertThat(second.statusCode()).isEqualTo(302);
    }

    private void assertProblem(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(answer.headers().firstValue("API-Version")).isPresent();
        JsonNode problem = json.readTree(answer.body());
        assertThat(problem.get("status").asInt()).isEqualTo(413);
        assertThat(problem.get("title").asString()).isEqualTo("Verzoek te groot");
        assertThat(problem.get("detail").asString()).contains("te groot", "60 MB", "160 MB");
    }

    @Test
    void theApiAnswersAnOversizedFileWithADutchProblem() throws Exception {
        long before = imports();
        assertProblem(upload("/api/v1/esco/importen", List.<String[]>of(new String[] {"versie", "te groot"}), OVER_FILE_LIMIT,
                "Authorization", "Bearer demo-token-" + ADMIN));
        assertProblem(upload("/api/v1/esco/importen", List.<String[]>of(new String[] {"versie", "te groot"}), OVER_REQUEST_LIMIT,
                "Authorization", "Bearer demo-token-" + ADMIN));
        assertThat(imports()).isEqualTo(before);
    }

    @Test
    void aScreenFormSendsTheUserBackToTheFormWithTheMessage() throws Exception {
        signIn();
        long before = imports();
        String token = csrfOf("/beheer/esco");
        // the token as a form field, first in the body as browsers send it: Tomcat refuses while the CSRF filter reads it
        HttpResponse<String> answer = upload("/beheer/esco", List.of(new String[] {"_csrf", token}, new String[] {"versie", "te groot"}),
                OVER_FILE_LIMIT, "Referer", "http://localhost:" + port + "/beheer/esco");
        assertBackToTheForm(answer);
        // the token in a header (as htmx sends it): Spring's multipart resolver refuses
        assertBackToTheForm(upload("/beheer/esco", List.<String[]>of(new String[] {"versie", "te groot"}), OVER_FILE_LIMIT,
                "X-CSRF-TOKEN", csrfOf("/beheer/esco")));
        assertThat(imports()).isEqualTo(before);
    }

    private void assertBackToTheForm(HttpResponse<String> answer) throws Exception {
        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("/beheer/esco");
        String page = send(HttpRequest.newBuilder(url("/beheer/esco"))).body();
        assertThat(page).contains("role=\"alert\"", "Het bestand is te groot", "60 MB").contains("enctype=\"multipart/form-data\"");
    }

    /** {@code size} letters, generated as read. */
    private static final class Letters extends InputStream {

        private long left;

        Letters(long size) {
            this.left = size;
        }

        @Override
        public int read() {
            if (left == 0) {
                return -1;
            }
            left--;
            return 'a';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (left == 0) {
                return -1;
            }
            int n = (int) Math.min(length, left);
            java.util.Arrays.fill(buffer, offset, offset + n, (byte) 'a');
            left -= n;
            return n;
        }
    }
}
