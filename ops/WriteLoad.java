import java.io.FileWriter;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Write-heavy load for the crash test (issue 10). Several threads each register a client through the API, change it
 * (If-Match), record a ladder step, write a journal entry and draft a plan, over and over, and append every write the
 * server ACKNOWLEDGED (2xx) to a file — and, before a client change is sent, the change it tries ("T"), because a
 * change in flight when the server dies may or may not have committed. The server is killed meanwhile; the load stops
 * at the first refused connection.
 *   java ops/WriteLoad.java load http://localhost:18094 acks.tsv THREADS ROUND
 *   java ops/WriteLoad.java verify http://localhost:18094 acks.tsv     # each acknowledged client as acknowledged (API)
 * Lines (tab-separated): C client version last-name | T client version last-name | F client fact ladder-step |
 * J client entry text | P client plan -. Facts, journal entries and plans are checked in SQL (ops/crash-checks.sql).
 */
public class WriteLoad {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String TOKEN = "Bearer demo-token-consulent.steenwijkerland";
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final Pattern LAST_NAME = Pattern.compile("\"achternaam\":\"([^\"]*)\"");

    public static void main(String[] args) throws Exception {
        if (args[0].equals("verify")) {
            System.exit(verify(args[1], Path.of(args[2])));
        }
        String base = args[1];
        int threads = Integer.parseInt(args[3]);
        int round = Integer.parseInt(args[4]);
        AtomicLong acknowledged = new AtomicLong();
        try (PrintWriter acks = new PrintWriter(new FileWriter(args[2], true))) {
            List<Thread> workers = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                workers.add(Thread.ofPlatform().start(() -> run(base, acks, round, thread, acknowledged)));
            }
            for (Thread worker : workers) {
                worker.join();
            }
        }
        System.out.println("acknowledged writes: " + acknowledged.get());
    }

    private static void run(String base, PrintWriter acks, int round, int thread, AtomicLong acknowledged) {
        long bsn = 700_000_000L + round * 10_000_000L + thread * 1_000_000L;
        try {
            for (int k = 0; ; k++) {
                do {
                    bsn++;
                } while (!elevenProof(Long.toString(bsn)));
                String name = "Crash-" + letters(round) + "-" + letters(thread) + "-" + letters(k);
                String details = "\"gemeenteCode\":\"GM1708\",\"voornamen\":\"Test\",\"geboortedatum\":\"1975-03-0" + (1 + k % 9)
                        + "\",\"geslacht\":\"vrouw\",\"postcode\":\"8331AB\",\"woonplaats\":\"Steenwijk\"";
                HttpResponse<String> created = send("POST", base + "/api/v1/werkzoekenden", null,
                        "{\"bsn\":\"" + bsn + "\",\"achternaam\":\"" + name + "\"," + details + "}", 201);
                String client = group(ID, created.body());
                int version = etag(created);
                ack(acks, acknowledged, "C", client, version, name);
                String changed = name + "-b";
                ack(acks, null, "T", client, version + 1, changed);
                HttpResponse<String> updated = send("PUT", base + "/api/v1/werkzoekenden/" + client, "\"" + version + "\"",
                        "{\"bsn\":\"" + bsn + "\",\"achternaam\":\"" + changed + "\"," + details + "}", 200);
                ack(acks, acknowledged, "C", client, etag(updated), group(LAST_NAME, updated.body()));
                int step = 1 + k % 6;
                HttpResponse<String> fact = send("POST", base + "/api/v1/werkzoekenden/" + client + "/laddertreden", null,
                        "{\"trede\":" + step + ",\"ingangsdatum\":\"" + LocalDate.now() + "\"}", 201);
                ack(acks, acknowledged, "F", client, group(ID, fact.body()), String.valueOf(step));
                String text = "Gesprek " + name;
                HttpResponse<String> entry = send("POST", base + "/api/v1/werkzoekenden/" + client + "/journaal", null,
                        "{\"soort\":\"gespreksverslag\",\"tekst\":\"" + text + "\"}", 201);
                ack(acks, acknowledged, "J", client, group(ID, entry.body()), text);
                HttpResponse<String> plan = send("POST", base + "/api/v1/werkzoekenden/" + client + "/plan", null,
                        "{\"perspectief\":\"Werk binnen een jaar (" + name + ")\"}", 201);
                ack(acks, acknowledged, "P", client, group(ID, plan.body()), "-");
            }
        } catch (java.io.IOException | InterruptedException e) {
            // The server is gone: what was acknowledged so far is on file.
        }
    }

    private static void ack(PrintWriter acks, AtomicLong count, String kind, Object client, Object item, String value) {
        synchronized (acks) {
            acks.println(kind + "\t" + client + "\t" + item + "\t" + value);
            acks.flush();
        }
        if (count != null) {
            count.incrementAndGet();
        }
    }

    private static HttpResponse<String> send(String method, String url, String ifMatch, String json, int expected) throws java.io.IOException,
            InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", TOKEN)
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + url + ": " + response.statusCode() + " " + response.body());
        }
        return response;
    }

    /** Every client as last acknowledged, or as the change tried after that (in flight when the server died). */
    private static int verify(String base, Path file) throws Exception {
        Map<String, String[]> acknowledged = new LinkedHashMap<>();
        Map<String, String[]> tried = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            String[] f = line.split("\t");
            if (f[0].equals("C")) {
                acknowledged.put(f[1], f);
                tried.remove(f[1]);
            } else if (f[0].equals("T")) {
                tried.put(f[1], f);
            }
        }
        int violations = 0;
        for (String[] ack : acknowledged.values()) {
            HttpResponse<String> found = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/werkzoekenden/" + ack[1]))
                    .header("Authorization", TOKEN).GET().build(), HttpResponse.BodyHandlers.ofString());
            String state = found.statusCode() == 200 ? etag(found) + "\t" + group(LAST_NAME, found.body()) : "HTTP " + found.statusCode();
            String[] inFlight = tried.get(ack[1]);
            if (!state.equals(ack[2] + "\t" + ack[3]) && (inFlight == null || !state.equals(inFlight[2] + "\t" + inFlight[3]))) {
                System.out.println("LOST: client " + ack[1] + " acknowledged as version " + ack[2] + " '" + ack[3] + "', found " + state);
                violations++;
            }
        }
        System.out.println("clients checked through the API: " + acknowledged.size() + ", not as acknowledged: " + violations);
        return violations == 0 ? 0 : 1;
    }

    private static int etag(HttpResponse<String> response) {
        return Integer.parseInt(response.headers().firstValue("ETag").orElseThrow().replaceAll("[^0-9]", ""));
    }

    private static String group(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no " + pattern + " in " + body);
        }
        return m.group(1);
    }

    /** A name holds no digits: 120 becomes "bca". */
    private static String letters(int n) {
        return Integer.toString(n).chars().mapToObj(c -> String.valueOf((char) ('a' + c - '0'))).collect(java.util.stream.Collectors.joining());
    }

    static boolean elevenProof(String d) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (d.charAt(i) - '0');
        }
        return (sum - (d.charAt(8) - '0')) % 11 == 0;
    }
}
