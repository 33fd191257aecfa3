package nl.opstap.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.http.Cookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import nl.opstap.testsupport.OpstapIntegrationTest;
import nl.opstap.testsupport.Sessions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every database connection busy for longer than the pool waits: the request is answered 503 with Retry-After, in
 * Dutch (problem+json for the API, the error page for screens), not as an unexpected error with a reference. Real
 * HTTP, because the session and the token are looked up in filters, before any controller.
 */
@OpstapIntegrationTest
class OverloadIT {

    @Value("${local.server.port}") int port;
    @Autowired DataSource dataSource;
    @Autowired MockMvc mvc;

    private final List<Connection> held = new ArrayList<>();
    private HikariDataSource pool;
    private long timeout;
    private Cookie session;

    @BeforeEach
    void takeEveryConnection() throws Exception {
        session = Sessions.signIn(mvc, "consulent.steenwijkerland");
        pool = dataSource.unwrap(HikariDataSource.class);
        timeout = pool.getConnectionTimeout();
        waitAtMost(pool, 250);
        for (int i = 0; i < pool.getMaximumPoolSize(); i++) {
            held.add(pool.getConnection());
        }
    }

    @AfterEach
    void giveThemBack() throws Exception {
        for (Connection connection : held) {
            connection.close();
        }
        waitAtMost(pool, timeout);
    }

    /**
     * Hikari takes a changed connection timeout over at its next housekeeping, up to 30 s later; set on the pool too,
     * the test does not wait for that. Should the field move in a later Hikari, the test still passes, only slower.
     */
    private static void waitAtMost(HikariDataSource pool, long millis) {
        pool.getHikariConfigMXBean().setConnectionTimeout(millis);
        try {
            Field poolField = HikariDataSource.class.getDeclaredField("pool");
            poolField.setAccessible(true);
            Field timeout = Class.forName("com.zaxxer.hikari.pool.PoolBase").getDeclaredField("connectionTimeout");
            timeout.setAccessible(true);
            timeout.setLong(poolField.get(pool), millis);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // taken over at Hikari's next housekeeping
        }
    }

    @Test
    void anApiCallIsAskedToComeBackLater() throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/api/v1/werkzoekenden"))
                .header("Authorization", "Bearer demo-token-consulent.steenwijkerland"));

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(answer.headers().firstValue("API-Version")).isPresent();
        assertThat(answer.headers().firstValue("X-Request-Id")).isPresent();
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.body()).contains("te druk").doesNotContain("referentie").doesNotContain("Exception").doesNotContain("Hikari");
    }

    @Test
    void aPageSaysOpstapIsBusy() throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/werkzoekenden"))
                .header("Cookie", Sessions.COOKIE + "=" + session.getValue()).header("Accept", "text/html"));

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(answer.body()).contains("te druk om uw verzoek af te handelen").doesNotContain("Exception").doesNotContain("Hikari");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
