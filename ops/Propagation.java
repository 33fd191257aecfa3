/*
 * How long an edit made through one Opstap instance takes to change the matching results of another (issue 10).
 * Run by ops/two-instances.sh, or: java ops/Propagation.java http://localhost:18096 http://localhost:18097 [rounds]
 * Finds a client of Steenwijkerland whose matching results on instance B list a vacancy, then puts that vacancy on
 * hold through instance A's API (account manager) and polls B's results every 10 ms until it is gone; then opens it
 * again and polls until it is back. Prints each delay, counted from A's answer; exits 1 when one exceeds 1 s.
 */
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class Propagation {

    static final String CASEWORKER = "Bearer demo-token-consulent.steenwijkerland";
    static final String MANAGER = "Bearer demo-token-accountmanager.igsd";
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    static final long LIMIT_MS = 1_000;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        String a = args[0];
        String b = args[1];
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        String client = null;
        String vacancy = null;
        for (String id : ids(get(b + "/api/v1/werkzoekenden?paginaGrootte=50", CASEWORKER).body())) {
            List<String> listed = ids(get(b + "/api/v1/werkzoekenden/" + id + "/vacatures", CASEWORKER).body());
            if (!listed.isEmpty()) {
                client = id;
                vacancy = listed.getFirst();
                break;
            }
        }
        if (client == null) {
            throw new IllegalStateException("no client with matching results on " + b);
        }
        System.out.printf("client %s: vacancy %s is in its matching results on B%n", client, vacancy);
        String c = client;
        String v = vacancy;
        long worst = 0;
        for (int round = 1; round <= rounds; round++) {
            long gone = change(a, v, "aangehouden", () -> !listed(b, c).contains(v));
            long back = change(a, v, "open", () -> listed(b, c).contains(v));
            System.out.printf("round %d: on hold through A -> gone from B's results after %d ms; open again -> back after %d ms%n",
                    round, gone, back);
            worst = Math.max(worst, Math.max(gone, back));
        }
        System.out.printf("worst delay %d ms (limit %d ms)%n", worst, LIMIT_MS);
        System.exit(worst <= LIMIT_MS ? 0 : 1);
    }

    interface Check {
        boolean holds() throws Exception;
    }

    /** Changes the vacancy's status through A; the milliseconds from A's answer until the check holds on B. */
    static long change(String a, String vacancy, String status, Check seen) throws Exception {
        String etag = get(a + "/api/v1/vacatures/" + vacancy, MANAGER).headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(a + "/api/v1/vacatures/" + vacancy + "/status"))
                .header("Authorization", MANAGER).header("Content-Type", "application/json").header("If-Match", etag)
                .POST(HttpRequest.BodyPublishers.ofString("{\"status\": \"" + status + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        long done = System.nanoTime();
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("status " + status + " through A answered " + answer.statusCode() + ": " + answer.body());
        }
        while (!seen.holds()) {
            if ((System.nanoTime() - done) / 1_000_000 > 10 * LIMIT_MS) {
                System.out.printf("B did not show the change within %d ms%n", 10 * LIMIT_MS);
                System.exit(1);
            }
            Thread.sleep(10);
        }
        return (System.nanoTime() - done) / 1_000_000;
    }

    static List<String> listed(String b, String client) throws Exception {
        HttpResponse<String> r = get(b + "/api/v1/werkzoekenden/" + client + "/vacatures", CASEWORKER);
        if (r.statusCode() != 200) {
            throw new IllegalStateException("B answered " + r.statusCode());
        }
        return ids(r.body());
    }

    static List<String> ids(String json) {
        List<String> ids = new ArrayList<>();
        Matcher m = ID.matcher(json);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    static HttpResponse<String> get(String url, String authorization) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
