/*
 * Page and API latency of a running Opstap (demo data), measured from a second process on loopback.
 * Run through bench/run.sh, or against a running instance: java bench/PageLatency.java [base-url] [requests]
 * Signs in as consulent.steenwijkerland (screens) and uses the demo token (API); warms up, then times
 * each page sequentially and reports p50, p95, p99 and max in milliseconds.
 */
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class PageLatency {

    static final String USER = "consulent.steenwijkerland";
    static final String PASSWORD = "Opstap-demo-2026";

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        signIn(http, base, USER);
        String list = get(http, base + "/werkzoekenden", null).body();
        Matcher client = Pattern.compile("href=\"/werkzoekenden/([0-9a-f-]{36})\"").matcher(list);
        if (!client.find()) {
            throw new IllegalStateException("no client found in the list; is the demo data loaded?");
        }
        String id = client.group(1);
        String token = "Bearer demo-token-" + USER;

        Map<String, String[]> pages = new LinkedHashMap<>();
        pages.put("GET / (caseload)", new String[] {base + "/", null});
        pages.put("GET /werkzoekenden (list)", new String[] {base + "/werkzoekenden", null});
        pages.put("GET /werkzoekenden?naam=jan (search)", new String[] {base + "/werkzoekenden?naam=jan", null});
        pages.put("GET /werkzoekenden/{id} (file)", new String[] {base + "/werkzoekenden/" + id, null});
        pages.put("GET /werkzoekenden/{id}/bewerken", new String[] {base + "/werkzoekenden/" + id + "/bewerken", null});
        pages.put("API GET /api/v1/werkzoekenden", new String[] {base + "/api/v1/werkzoekenden", token});
        pages.put("API GET /api/v1/werkzoekenden?naam=jan", new String[] {base + "/api/v1/werkzoekenden?naam=jan", token});
        pages.put("API GET /api/v1/werkzoekenden/{id}", new String[] {base + "/api/v1/werkzoekenden/" + id, token});
        String file = base + "/werkzoekenden/" + id;
        pages.put("GET {file}/diagnose", new String[] {file + "/diagnose", null});
        pages.put("GET {file}/plan", new String[] {file + "/plan", null});
        pages.put("GET {file}/plan/pdf", new String[] {file + "/plan/pdf", null});
        pages.put("GET {file}/activiteiten", new String[] {file + "/activiteiten", null});
        pages.put("GET {file}/journaal", new String[] {file + "/journaal", null});
        pages.put("GET {file}/verplichtingen", new String[] {file + "/verplichtingen", null});
        pages.put("GET {file}/tijdlijn", new String[] {file + "/tijdlijn", null});
        pages.put("GET {file}/portfolio", new String[] {file + "/portfolio", null});
        pages.put("GET /werklijst (own caseload)", new String[] {base + "/werklijst", null});
        String api = base + "/api/v1/werkzoekenden/" + id;
        pages.put("API GET {client}/diagnose?peildatum", new String[] {api + "/diagnose?peildatum=2018-11-15", token});
        pages.put("API GET {client}/tijdlijn", new String[] {api + "/tijdlijn", token});
        pages.put("API GET /api/v1/werklijst", new String[] {base + "/api/v1/werklijst", token});
        pages.put("API GET /api/v1/werklijst/team (analyst)", new String[] {base + "/api/v1/werklijst/team",
                "Bearer demo-token-analist.igsd"});
        String employer = first(get(http, base + "/werkgevers", null).body(), "href=\"/werkgevers/([0-9a-f-]{36})\"");
        String vacancy = first(get(http, base + "/vacatures?status=open", null).body(), "href=\"/vacatures/([0-9a-f-]{36})\"");
        String manager = "Bearer demo-token-accountmanager.igsd";
        pages.put("GET /werkgevers (list)", new String[] {base + "/werkgevers", null});
        pages.put("GET /werkgevers/{id}", new String[] {base + "/werkgevers/" + employer, null});
        pages.put("API GET /api/v1/werkgevers/werklijst", new String[] {base + "/api/v1/werkgevers/werklijst", manager});
        pages.put("GET /vacatures (list)", new String[] {base + "/vacatures", null});
        pages.put("GET /vacatures?postcode&afstandKm&uren", new String[] {base + "/vacatures?postcode=8331AB&afstandKm=25&urenMin=16", null});
        pages.put("GET /vacatures/{id}", new String[] {base + "/vacatures/" + vacancy, null});
        pages.put("API GET /api/v1/vacatures?postcode&afstandKm", new String[] {base + "/api/v1/vacatures?postcode=8331AB&afstandKm=25", token});
        String workshop = first(get(http, base + "/werkplaatsen", null).body(), "href=\"/werkplaatsen/([0-9a-f-]{36})\"");
        pages.put("GET /werkplaatsen/{id} (candidates)", new String[] {base + "/werkplaatsen/" + workshop, null});
        pages.put("GET /uitzendsessies (list)", new String[] {base + "/uitzendsessies", null});
        pages.put("GET /vacatures/{id}/kandidaten (20 explained)", new String[] {base + "/vacatures/" + vacancy + "/kandidaten", null});
        pages.put("API GET /vacatures/{id}/kandidaten (50)", new String[] {base + "/api/v1/vacatures/" + vacancy + "/kandidaten", token});
        pages.put("GET {file}/matching (20 vacancies)", new String[] {file + "/matching", null});
        pages.put("API GET {client}/vacatures (50)", new String[] {api + "/vacatures", token});
        pages.put("GET /werkplaatsen/{id}/passende-kandidaten", new String[] {base + "/werkplaatsen/" + workshop + "/passende-kandidaten", null});
        pages.put("API GET /api/v1/beroepen?zoek=kok", new String[] {base + "/api/v1/beroepen?zoek=kok", token});
        pages.put("GET /nazorg (all in scope)", new String[] {base + "/nazorg?alle=true", null});
        String placement = first(get(http, base + "/nazorg?alle=true", null).body(), "href=\"/plaatsingen/([0-9a-f-]{36})");
        String placed = first(get(http, base + "/plaatsingen/" + placement, null).body(), "href=\"/werkzoekenden/([0-9a-f-]{36})/plaatsingen\"");
        pages.put("GET /plaatsingen/{id} (with follow-up)", new String[] {base + "/plaatsingen/" + placement, null});
        pages.put("GET {placed client}/plaatsingen", new String[] {base + "/werkzoekenden/" + placed + "/plaatsingen", null});
        pages.put("API GET /api/v1/nazorg?alle=true", new String[] {base + "/api/v1/nazorg?alle=true", token});
        pages.put("API GET {placed client}/uitstroom", new String[] {base + "/api/v1/werkzoekenden/" + placed + "/uitstroom", token});
        pages.put("API GET /api/v1/plaatsingen/{id}", new String[] {base + "/api/v1/plaatsingen/" + placement, token});
        Map<String, HttpClient> sessionOf = new LinkedHashMap<>();
        portal(base, pages, sessionOf);

        System.out.printf("%-42s %8s %8s %8s %8s %8s%n", "page (" + requests + " requests each)", "p50", "p95", "p99", "max", "status");
        for (Map.Entry<String, String[]> page : pages.entrySet()) {
            HttpClient session = sessionOf.getOrDefault(page.getKey(), http);
            for (int i = 0; i < 100; i++) {
                get(session, page.getValue()[0], page.getValue()[1]);
            }
            long[] nanos = new long[requests];
            int status = 0;
            for (int i = 0; i < requests; i++) {
                long start = System.nanoTime();
                HttpResponse<String> response = get(session, page.getValue()[0], page.getValue()[1]);
                nanos[i] = System.nanoTime() - start;
                status = response.statusCode();
                if (status != 200) {
                    throw new IllegalStateException(page.getKey() + " answered " + status);
                }
            }
            Arrays.sort(nanos);
            System.out.printf("%-42s %8.1f %8.1f %8.1f %8.1f %8d%n", page.getKey(), ms(nanos, 0.50), ms(nanos, 0.95),
                    ms(nanos, 0.99), nanos[nanos.length - 1] / 1e6, status);
        }
    }

    /** Issue 8: the job seeker's pages (werkzoekende.demo) and the employer's (werkgever.demo), each in its own session. */
    static void portal(String base, Map<String, String[]> pages, Map<String, HttpClient> sessionOf) throws Exception {
        HttpClient seeker = session(base, "werkzoekende.demo");
        HttpClient employer = session(base, "werkgever.demo");
        String number = first(get(employer, base + "/werkgever/profielen", null).body(), "href=\"/werkgever/profielen/(K-[0-9A-F]{6})\"");
        String[][] own = {{"GET / (Mijn Opstap, job seeker)", "/"}, {"GET /mijn-portfolio", "/mijn-portfolio"},
                {"GET /mijn-plan", "/mijn-plan"}, {"GET /mijn-vacatures (3, plain words)", "/mijn-vacatures"},
                {"GET /mijn-privacy (processing log)", "/mijn-privacy"}, {"GET /mijn-privacy/toestemmingen", "/mijn-privacy/toestemmingen"},
                {"GET /mijn-portfolio/cv.pdf", "/mijn-portfolio/cv.pdf"}, {"GET /mijn-privacy/gegevens.pdf (AVG)", "/mijn-privacy/gegevens.pdf"},
                {"GET /mijn-privacy/gegevens.json (AVG)", "/mijn-privacy/gegevens.json"}};
        for (String[] page : own) {
            pages.put(page[0], new String[] {base + page[1], null});
            sessionOf.put(page[0], seeker);
        }
        String[][] theirs = {{"GET /werkgever/profielen", "/werkgever/profielen"},
                {"GET /werkgever/profielen?opleiding&uren", "/werkgever/profielen?opleiding=mbo-2&urenMin=16"},
                {"GET /werkgever/profielen/{nummer}", "/werkgever/profielen/" + number}, {"GET /werkgever/vacatures", "/werkgever/vacatures"}};
        for (String[] page : theirs) {
            pages.put(page[0], new String[] {base + page[1], null});
            sessionOf.put(page[0], employer);
        }
        pages.put("API GET /api/v1/profielen (employer)", new String[] {base + "/api/v1/profielen", "Bearer demo-token-werkgever.demo"});
        pages.put("API GET /api/v1/contactverzoeken (manager)", new String[] {base + "/api/v1/contactverzoeken",
                "Bearer demo-token-accountmanager.igsd"});
    }

    static String first(String html, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("nothing matches " + pattern + "; is the demo data loaded?");
        }
        return matcher.group(1);
    }

    static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    static HttpResponse<String> get(HttpClient http, String url, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A session of its own for another demo user (the job seeker's and the employer's pages). */
    static HttpClient session(String base, String user) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        signIn(http, base, user);
        return http;
    }

    static void signIn(HttpClient http, String base, String user) throws Exception {
        String page = get(http, base + "/inloggen", null).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("no sign-in form at " + base);
        }
        String form = "gebruikersnaam=" + user + "&wachtwoord=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/inloggen"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (!response.headers().firstValue("Location").orElse("").endsWith("/")) {
            throw new IllegalStateException("sign-in failed: " + response.statusCode());
        }
    }
}
