package nl.opstap.testsupport;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Plain HTTP that keeps cookies per host by hand: the session cookie is Secure, which java.net's cookie handling keeps
 * off plain http (browsers allow it on localhost). Redirects are not followed.
 */
public final class CookieKeepingClient {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, Map<String, String>> cookies = new HashMap<>();

    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        Map<String, String> jar = cookies.computeIfAbsent(request.build().uri().getHost(), host -> new LinkedHashMap<>());
        if (!jar.isEmpty()) {
            request.header("Cookie", jar.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).collect(Collectors.joining("; ")));
        }
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        answer.headers().allValues("Set-Cookie").forEach(cookie -> {
            String pair = cookie.split(";", 2)[0];
            jar.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        });
        return answer;
    }

    /** Drops every cookie (a new browser). */
    public void forget() {
        cookies.clear();
    }
}
