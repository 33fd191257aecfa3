package nl.opstap.contract;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import nl.opstap.contract.FuzzRequests.FuzzRequest;

/**
 * Sends a generated request once more over real HTTP, for the answers MockMvc leaves empty because the servlet
 * container would render them (sendError, the firewall's refusals): there the container and the error controller
 * answer, as a client would see it.
 */
final class HttpResend {

    /** The answer over HTTP. */
    record Answer(int status, String contentType, String body) {}

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");

    private static final int TOMCAT_HEADER_LIMIT = 8 * 1024 - 512;

    private final String base;

    HttpResend(int port) {
        this.base = "http://localhost:" + port;
    }

    /**
     * The answer, or empty when no HTTP client could send this request (a header value or URI HTTP does not allow),
     * Tomcat would refuse it for its size alone (request line and headers over its 8 KB limit) or closed the connection.
     */
    Optional<Answer> send(FuzzRequest request) throws Exception {
        int head = request.uri().length() + request.headers().values().stream().mapToInt(String::length).sum();
        if (head > TOMCAT_HEADER_LIMIT) {
            return Optional.empty();
        }
        HttpRequest.Builder builder;
        try {
            builder = HttpRequest.newBuilder(URI.create(base + request.uri())).timeout(Duration.ofSeconds(30))
                    .method(request.operation().method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(request.body()));
            for (var header : request.headers().entrySet()) {
                if (!RESTRICTED.contains(header.getKey().toLowerCase(java.util.Locale.ROOT))) {
                    builder.header(header.getKey(), header.getValue());
                }
            }
            if (request.contentType() != null) {
                builder.header("Content-Type", request.contentType());
            }
        } catch (IllegalArgumentException notHttp) {
            return Optional.empty();
        }
        HttpResponse<String> answer;
        try {
            answer = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException closed) {
            return Optional.empty(); // Tomcat closed the connection on a request it could not parse: no answer to check
        }
        return Optional.of(new Answer(answer.statusCode(), answer.headers().firstValue("Content-Type").orElse(null), answer.body()));
    }
}
