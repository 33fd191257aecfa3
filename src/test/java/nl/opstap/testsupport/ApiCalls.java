package nl.opstap.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;

/**
 * API calls over real HTTP to the running test server (not MockMvc), for tests where requests must really run at the
 * same time on the server's own threads. Signs in with the demo token of a user.
 */
public final class ApiCalls {

    /** An answer: status, ETag (or null) and body. */
    public record Answer(int status, @Nullable String etag, String body) {}

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String base;
    private final String token;

    public ApiCalls(Environment environment, String username) {
        this.base = "http://localhost:" + environment.getRequiredProperty("local.server.port");
        this.token = "Bearer demo-token-" + username;
    }

    public Answer get(String path) throws IOException, InterruptedException {
        return send("GET", path, null, null);
    }

    public Answer send(String method, String path, @Nullable String ifMatch, @Nullable String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", token).header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(answer.statusCode(), answer.headers().firstValue("ETag").orElse(null), answer.body());
    }
}
