/*
 * Latency of the steering reports (issue 7) of a running Opstap, measured from a second process on loopback, and
 * each compared with one plain sequential scan of the largest history table. Run through bench/reports.sh, or:
 *   java bench/ReportLatency.java <base-url> <seq-scan-ms> [reference dates YYYY-MM-DD ...]
 * Calls tabel-1 and tabel-2 for each reference date (peildatum) and the monitoring set for the year up to it, with
 * the API token of an analyst (TOKEN, default "Bearer demo-token-analist.igsd"), WARMUP (3) untimed and RUNS (10)
 * timed sequential calls each; prints min/median/max in ms and median ÷ seq scan. An endpoint that answers 404 is
 * reported as not available yet; any other non-2xx answer is reported and that endpoint skipped.
 */
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

public class ReportLatency {

    record Endpoint(String name, Function<LocalDate, String> path) {}

    record Timing(String endpoint, LocalDate date, long[] nanos, long bytes) {
        double median() {
            return ms(nanos, 0.5);
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: java bench/ReportLatency.java <base-url> <seq-scan-ms> [YYYY-MM-DD ...]");
            System.exit(2);
        }
        String base = args[0];
        double scanMs = Double.parseDouble(args[1]);
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            dates.add(LocalDate.parse(args[i]));
        }
        if (dates.isEmpty()) {
            dates = List.of(LocalDate.of(2016, 6, 30), LocalDate.of(2018, 11, 15), LocalDate.of(2021, 12, 31),
                    LocalDate.now(ZoneId.of("Europe/Amsterdam")));
        }
        String token = env("TOKEN", "Bearer demo-token-analist.igsd");
        int warmup = Integer.parseInt(env("WARMUP", "3"));
        int runs = Integer.parseInt(env("RUNS", "10"));
        List<Endpoint> endpoints = List.of(
                new Endpoint("tabel-1", d -> "/api/v1/rapportages/tabel-1?peildatum=" + d),
                new Endpoint("tabel-2", d -> "/api/v1/rapportages/tabel-2?peildatum=" + d),
                new Endpoint("monitoring", d -> "/api/v1/rapportages/monitoring?van=" + d.minusYears(1).plusDays(1) + "&tot=" + d));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

        System.out.printf("sequential scan: %.1f ms; %d warm-up and %d timed calls per endpoint and reference date%n%n", scanMs,
                warmup, runs);
        System.out.printf("%-12s %-12s %10s %10s %10s %10s %10s%n", "report", "peildatum", "min ms", "median ms", "max ms",
                "÷ scan", "bytes");
        Map<String, String> unavailable = new LinkedHashMap<>();
        List<Timing> timings = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            for (LocalDate date : dates) {
                String url = base + endpoint.path().apply(date);
                HttpResponse<byte[]> first = get(http, url, token);
                if (first.statusCode() / 100 != 2) {
                    unavailable.put(endpoint.name(), first.statusCode() == 404 ? "not available yet (404)"
                            : "answered HTTP " + first.statusCode() + ": " + snippet(first.body()));
                    System.out.printf("%-12s %-12s %s%n", endpoint.name(), date, unavailable.get(endpoint.name()));
                    break;
                }
                for (int i = 1; i < warmup; i++) {
                    get(http, url, token);
                }
                long[] nanos = new long[runs];
                long bytes = 0;
                for (int i = 0; i < runs; i++) {
                    long start = System.nanoTime();
                    HttpResponse<byte[]> response = get(http, url, token);
                    nanos[i] = System.nanoTime() - start;
                    if (response.statusCode() / 100 != 2) {
                        throw new IllegalStateException(url + " answered " + response.statusCode() + " after answering 200");
                    }
                    bytes = response.body().length;
                }
                Arrays.sort(nanos);
                Timing t = new Timing(endpoint.name(), date, nanos, bytes);
                timings.add(t);
                System.out.printf("%-12s %-12s %10.1f %10.1f %10.1f %10.2f %10d%n", endpoint.name(), date, nanos[0] / 1e6,
                        t.median(), nanos[runs - 1] / 1e6, t.median() / scanMs, bytes);
            }
        }

        System.out.println();
        System.out.println("Summary (median over all timed calls of all reference dates)");
        System.out.printf("%-34s %12s %10s%n", "", "median ms", "÷ scan");
        System.out.printf("%-34s %12.1f %10.2f%n", "sequential scan", scanMs, 1.0);
        for (Endpoint endpoint : endpoints) {
            if (unavailable.containsKey(endpoint.name())) {
                System.out.printf("%-34s %s%n", endpoint.name(), unavailable.get(endpoint.name()));
                continue;
            }
            long[] all = timings.stream().filter(t -> t.endpoint().equals(endpoint.name()))
                    .flatMapToLong(t -> Arrays.stream(t.nanos())).sorted().toArray();
            double median = ms(all, 0.5);
            System.out.printf("%-34s %12.1f %10.2f%n", endpoint.name(), median, median / scanMs);
        }
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static double ms(long[] sorted, double quantile) {
        int n = sorted.length;
        if (n % 2 == 0 && quantile == 0.5) {
            return (sorted[n / 2 - 1] + sorted[n / 2]) / 2e6;
        }
        return sorted[(int) Math.min(n - 1, Math.ceil(quantile * n) - 1)] / 1e6;
    }

    static String snippet(byte[] body) {
        String text = new String(body, java.nio.charset.StandardCharsets.UTF_8).replaceAll("\\s+", " ").strip();
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }

    static HttpResponse<byte[]> get(HttpClient http, String url, String authorization) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(15))
                .header("Authorization", authorization).header("Accept", "application/json").build();
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
