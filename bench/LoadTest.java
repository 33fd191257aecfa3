/*
 * Load (issue 10): simulated caseworkers using Opstap's pages at the same time, each in a browser session of its own.
 * Run through bench/load.sh, or against a running Opstap with the demo data:
 *   java bench/LoadTest.java [base-url] [users] [seconds] [think-min-ms] [think-max-ms]
 * Defaults: http://localhost:8080, 200 users, 300 s, think time 1,000-3,000 ms (uniform) between two actions.
 * Each user signs in through the form (CSRF) as one of the 36 demo caseworkers (several users may share an account,
 * each with a session of its own), then repeats, until the time is up, one action drawn from this mix:
 *   30 % search   GET /werkzoekenden?naam=<a common Dutch name part> (the list of matches)
 *   30 % file     GET /werkzoekenden/{id} (the client's file, Overzicht) of a client found before
 *   15 % diagnose GET /werkzoekenden/{id}/diagnose, then POST .../diagnose/trede (a ladder step from a day of the
 *            last year, the form; when that day already has one, the form says so and the user picks another day;
 *            after five taken days the person moves on to another client, as a caseworker would)
 *   25 % match    GET /werkzoekenden/{id}/matching (the best vacancies within the client's reach, explained)
 * A page must answer 200, the form 302 (back to the tab); anything else, or no answer, is an error. Prints the
 * requests, the throughput and p50/p95/p99/max per kind and overall; exits 1 when there was any error.
 */
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class LoadTest {

    static final String PASSWORD = "Opstap-demo-2026";
    static final Map<String, Integer> CASEWORKERS = Map.of("steenwijkerland", 10, "westerveld", 4, "stadskanaal", 12, "veendam", 10);
    static final List<String> NAMES = List.of("jan", "de", "van", "bakker", "jansen", "visser", "smit", "mulder", "bos", "meijer",
            "peter", "anna", "mar", "el", "sa", "dijk", "berg", "vries", "kok", "hen");
    static final Pattern CLIENT = Pattern.compile("href=\"/werkzoekenden/([0-9a-f-]{36})\"");
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final Pattern FIELD_ERROR = Pattern.compile("-error\">\\s*<span>([^<]+)");
    static final String DAY_TAKEN = "Vanaf deze datum geldt al een waarde";
    static final Pattern SESSION = Pattern.compile("OPSTAP_SESSIE=([^;]+)");
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    static final String[] KINDS = {"search", "file", "diagnose", "record", "match"};

    static final Map<String, ConcurrentLinkedQueue<Long>> TIMES = new ConcurrentHashMap<>();
    static final ConcurrentLinkedQueue<String> ERRORS = new ConcurrentLinkedQueue<>();
    static final AtomicInteger DAYS_TAKEN = new AtomicInteger();
    static final AtomicInteger GAVE_UP = new AtomicInteger();

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        int users = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        int thinkMin = args.length > 3 ? Integer.parseInt(args[3]) : 1_000;
        int thinkMax = args.length > 4 ? Integer.parseInt(args[4]) : 3_000;
        for (String kind : KINDS) {
            TIMES.put(kind, new ConcurrentLinkedQueue<>());
        }
        List<String> accounts = new ArrayList<>();
        CASEWORKERS.forEach((place, count) -> {
            accounts.add("consulent." + place);
            for (int i = 2; i <= count; i++) {
                accounts.add("consulent" + i + "." + place);
            }
        });
        System.out.printf("%d users (%d caseworker accounts), %d s, think time %d-%d ms, against %s%n", users, accounts.size(),
                seconds, thinkMin, thinkMax, base);

        long signInStart = System.nanoTime();
        List<User> signedIn = new ArrayList<>();
        Semaphore signing = new Semaphore(8); // people arrive over time; hashing 200 passwords at once is no daily event
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<java.util.concurrent.Future<User>> futures = new ArrayList<>();
            for (int i = 0; i < users; i++) {
                String account = accounts.get(i % accounts.size());
                futures.add(pool.submit(() -> {
                    signing.acquire();
                    try {
                        return User.signIn(base, account);
                    } finally {
                        signing.release();
                    }
                }));
            }
            for (var f : futures) {
                signedIn.add(f.get());
            }
        }
        System.out.printf("signed in %d users in %.1f s%n", signedIn.size(), (System.nanoTime() - signInStart) / 1e9);

        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long start = System.nanoTime();
        AtomicInteger actions = new AtomicInteger();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (User user : signedIn) {
                pool.submit(() -> {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    sleep(random.nextInt(thinkMax)); // users do not start in step
                    while (System.nanoTime() < end) {
                        user.act(random);
                        actions.incrementAndGet();
                        sleep(thinkMin + random.nextInt(thinkMax - thinkMin + 1));
                    }
                    return null;
                });
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        report(elapsed, actions.get());
        System.exit(ERRORS.isEmpty() ? 0 : 1);
    }

    static void report(double elapsed, int actions) {
        List<Long> all = new ArrayList<>();
        System.out.printf("%n%-10s %9s %9s %9s %9s %9s %9s%n", "kind", "requests", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms");
        for (String kind : KINDS) {
            List<Long> times = new ArrayList<>(TIMES.get(kind));
            all.addAll(times);
            line(kind, times, elapsed);
        }
        line("all", all, elapsed);
        System.out.printf("%n%d actions, %d requests in %.1f s: %.1f requests/s; errors: %d%n", actions, all.size(), elapsed,
                all.size() / elapsed, ERRORS.size());
        System.out.printf("ladder-step forms answered \"day already has a value\" (expected, the user picks another day): %d;"
                + " moved on after five such days: %d%n", DAYS_TAKEN.get(), GAVE_UP.get());
        ERRORS.stream().limit(10).forEach(e -> System.out.println("  " + e));
    }

    static void line(String kind, List<Long> nanos, double elapsed) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            System.out.printf("%-10s %9d%n", kind, 0);
            return;
        }
        System.out.printf("%-10s %9d %9.1f %9.1f %9.1f %9.1f %9.1f%n", kind, sorted.length, sorted.length / elapsed,
                q(sorted, 0.50), q(sorted, 0.95), q(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    static double q(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One person's browser: a session cookie, the last CSRF token seen, the clients met so far. */
    static final class User {
        final String base;
        final String account;
        final List<String> clients = new ArrayList<>();
        final Set<String> known = new java.util.HashSet<>();
        String session = "";
        String csrf = "";

        User(String base, String account) {
            this.base = base;
            this.account = account;
        }

        static User signIn(String base, String account) throws Exception {
            User user = new User(base, account);
            user.send("GET", "/inloggen", null);
            HttpResponse<String> response = user.send("POST", "/inloggen", "gebruikersnaam=" + account + "&wachtwoord="
                    + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(user.csrf, StandardCharsets.UTF_8));
            if (response.statusCode() != 302 || !response.headers().firstValue("Location").orElse("").endsWith("/")) {
                throw new IllegalStateException("sign-in of " + account + " failed: " + response.statusCode());
            }
            user.timed("search", "GET", "/werkzoekenden", null, 200);
            return user;
        }

        void act(ThreadLocalRandom random) {
            int roll = random.nextInt(100);
            if (roll < 30 || clients.isEmpty()) {
                timed("search", "GET", "/werkzoekenden?naam=" + NAMES.get(random.nextInt(NAMES.size())), null, 200);
                return;
            }
            String client = "/werkzoekenden/" + clients.get(random.nextInt(clients.size()));
            if (roll < 60) {
                timed("file", "GET", client, null, 200);
            } else if (roll < 75) {
                if (timed("diagnose", "GET", client + "/diagnose", null, 200)) {
                    record(client, random);
                }
            } else {
                timed("match", "GET", client + "/matching", null, 200);
            }
        }

        /**
         * A ladder step from a day of the last year. When a value from that day is already recorded, the form says
         * so (an expected answer, 200, counted as "day taken") and the person picks another day, at most five times;
         * then they move on. Popular clients (the first rows of common searches) collect many steps in a long run.
         */
        void record(String client, ThreadLocalRandom random) {
            for (int attempt = 1; attempt <= 5; attempt++) {
                String form = "step=" + (1 + random.nextInt(6)) + "&ladderFrom=" + LocalDate.now().minusDays(random.nextInt(365))
                        + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
                if (!taken(client + "/diagnose/trede", form)) {
                    return;
                }
                DAYS_TAKEN.incrementAndGet();
            }
            GAVE_UP.incrementAndGet();
        }

        /** Posts the form once, timed; true when it answered that the day already has a value (no error); other answers than 302 are errors. */
        boolean taken(String path, String form) {
            long start = System.nanoTime();
            try {
                HttpResponse<String> response = send("POST", path, form);
                TIMES.get("record").add(System.nanoTime() - start);
                if (response.statusCode() == 302) {
                    return false;
                }
                if (response.statusCode() == 200 && response.body().contains(DAY_TAKEN)) {
                    return true;
                }
                ERRORS.add("record POST " + path + " as " + account + ": " + response.statusCode() + " (expected 302)");
                return false;
            } catch (Exception e) {
                TIMES.get("record").add(System.nanoTime() - start);
                ERRORS.add("record POST " + path + " as " + account + ": " + e);
                return false;
            }
        }

        /** Sends and times one request; false (and an error noted) when the answer is not the expected one. */
        boolean timed(String kind, String method, String path, String form, int expected) {
            long start = System.nanoTime();
            try {
                HttpResponse<String> response = send(method, path, form);
                TIMES.get(kind).add(System.nanoTime() - start);
                if (response.statusCode() != expected) {
                    Matcher message = FIELD_ERROR.matcher(response.body());
                    ERRORS.add(kind + " " + method + " " + path + " as " + account + ": " + response.statusCode() + " (expected " + expected
                            + ")" + response.headers().firstValue("Location").map(l -> " -> " + l).orElse("")
                            + (message.find() ? " \"" + message.group(1).strip() + "\"" : ""));
                    return false;
                }
                return true;
            } catch (Exception e) {
                TIMES.get(kind).add(System.nanoTime() - start);
                ERRORS.add(kind + " " + method + " " + path + " as " + account + ": " + e);
                return false;
            }
        }

        HttpResponse<String> send(String method, String path, String form) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
            if (!session.isEmpty()) {
                request.header("Cookie", "OPSTAP_SESSIE=" + session);
            }
            if (form != null) {
                request.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form));
            }
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String cookie : response.headers().allValues("Set-Cookie")) {
                Matcher m = SESSION.matcher(cookie);
                if (m.find()) {
                    session = m.group(1);
                }
            }
            Matcher token = CSRF.matcher(response.body());
            if (token.find()) {
                csrf = token.group(1);
            }
            Matcher found = CLIENT.matcher(response.body());
            while (found.find() && clients.size() < 200) {
                if (known.add(found.group(1))) {
                    clients.add(found.group(1));
                }
            }
            return response;
        }
    }
}
