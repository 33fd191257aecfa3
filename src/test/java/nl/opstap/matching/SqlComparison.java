package nl.opstap.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The engine against {@link SqlBaseline} on the same vacancies with the same queries (regional scope, five rejected
 * candidates, top-50): load time, p50/p99 of both and their ratio, and how far the top-50 lists agree, which shows
 * that both answer the same question. SQL runs twice: on the table in load order, as a system that inserts over
 * time has it, and after a one-off CLUSTER by municipality, the layout the engine's bulk load has (later writes
 * would undo it). Settings from the environment: SQL_URL, SQL_DB, SQL_QUERIES, SQL_SECONDS (budget per SQL pass).
 */
final class SqlComparison {

    private static final int ENGINE_PASSES = 10;

    private SqlComparison() {}

    private record SqlRun(long[] nanos, SqlBaseline.Ranked[] top) {}

    static void run(MatchEngine engine, SyntheticProfiles data, int candidates, int vacancies, long seed, int[] vacancyMunicipality) {
        String server = env("SQL_URL", "jdbc:postgresql://127.0.0.1:5432/");
        String database = env("SQL_DB", "opstap_matching_bench");
        int queries = Integer.parseInt(env("SQL_QUERIES", "100"));
        long budget = (long) (Double.parseDouble(env("SQL_SECONDS", "300")) * 1e9);
        SqlBaseline sql;
        try {
            sql = SqlBaseline.open(server, database);
        } catch (Exception e) {
            System.out.println("SQL baseline skipped: PostgreSQL not usable at " + server + database + " (" + e.getMessage() + ")");
            return;
        }
        try (sql) {
            SqlLoad.Load load = sql.load(data, candidates, vacancies, seed);
            System.out.printf("SQL baseline: PostgreSQL %s, database %s; COPY of %,d candidates (%,d skill rows) and %,d vacancies "
                    + "%.1f s, keys + indexes + VACUUM ANALYZE %.1f s; %,d MB on disk = %.0f bytes per candidate%n", load.version(),
                    database, candidates, load.skillRows(), vacancies, load.copySeconds(), load.indexSeconds(),
                    load.bytes() >> 20, load.bytes() / (double) candidates);
            SplittableRandom q = new SplittableRandom(2024);
            long[] ids = new long[queries];
            MatchQuery[] query = new MatchQuery[queries];
            for (int i = 0; i < queries; i++) {
                ids[i] = 1 + q.nextInt(vacancies);
                query[i] = MatchingBenchmark.query(MatchingBenchmark.region(vacancyMunicipality[(int) ids[i]]), q);
            }
            warmUp(sql, q, vacancies, vacancyMunicipality);
            SqlRun loadOrder = timeSql(sql, ids, query, queries, budget);
            int n = loadOrder.nanos().length;
            if (n == 0) {
                System.out.println("SQL baseline: no query finished within the time budget");
                return;
            }
            // The engine answers in about a millisecond: ten passes over the same n queries steady its percentiles.
            long[] engineNanos = new long[n * ENGINE_PASSES];
            List<List<Match>> engineTop = new ArrayList<>();
            for (int pass = -1; pass < ENGINE_PASSES; pass++) {
                for (int i = 0; i < n; i++) {
                    long t = System.nanoTime();
                    List<Match> top = engine.candidatesFor(ids[i], query[i]);
                    if (pass >= 0) {
                        engineNanos[pass * n + i] = System.nanoTime() - t;
                    } else {
                        engineTop.add(top);
                    }
                }
            }
            Arrays.sort(engineNanos);
            double engine50 = MatchingBenchmark.ms(engineNanos, 0.5);
            double engine99 = MatchingBenchmark.ms(engineNanos, 0.99);
            System.out.printf("top-50 candidates for a vacancy, regional scope, the same %d vacancies%s: engine (%d passes) "
                    + "p50 %.3f ms, p99 %.3f ms%n", n, n < queries ? " (of " + queries + ", SQL time budget)" : "",
                    ENGINE_PASSES, engine50, engine99);
            report("  SQL, candidates table in load order", loadOrder, engine50, engine99, engineTop);
            double cluster = sql.clusterByMunicipality();
            warmUp(sql, q, vacancies, vacancyMunicipality);
            report(String.format("  SQL after CLUSTER candidates by municipality (%.1f s)", cluster),
                    timeSql(sql, ids, query, n, budget), engine50, engine99, engineTop);
        } catch (Exception e) {
            System.out.println("SQL baseline failed: " + e);
        }
    }

    /** Ten queries on other vacancies: statement prepared, pages cached. */
    private static void warmUp(SqlBaseline sql, SplittableRandom q, int vacancies, int[] vacancyMunicipality) throws Exception {
        for (int i = 0; i < 10; i++) {
            long id = 1 + q.nextInt(vacancies);
            sql.topCandidates(id, MatchingBenchmark.query(MatchingBenchmark.region(vacancyMunicipality[(int) id]), q));
        }
    }

    private static SqlRun timeSql(SqlBaseline sql, long[] ids, MatchQuery[] query, int queries, long budget) throws Exception {
        SqlBaseline.Ranked[] top = new SqlBaseline.Ranked[queries];
        long[] nanos = new long[queries];
        int n = 0;
        long deadline = System.nanoTime() + budget;
        while (n < queries && System.nanoTime() < deadline) {
            long t = System.nanoTime();
            top[n] = sql.topCandidates(ids[n], query[n]);
            nanos[n++] = System.nanoTime() - t;
        }
        return new SqlRun(Arrays.copyOf(nanos, n), Arrays.copyOf(top, n));
    }

    /** Latency and ratio to the engine, and agreement: shared ids, and equal score lists (ties at the cut may differ in id). */
    private static void report(String label, SqlRun run, double engine50, double engine99, List<List<Match>> engineTop) {
        long[] nanos = run.nanos().clone();
        int n = nanos.length;
        Arrays.sort(nanos);
        long common = 0;
        long size = 0;
        int sameScores = 0;
        for (int i = 0; i < n; i++) {
            long[] e = engineTop.get(i).stream().mapToLong(Match::id).toArray();
            double[] es = engineTop.get(i).stream().mapToDouble(Match::score).toArray();
            SqlBaseline.Ranked s = run.top()[i];
            common += Arrays.stream(s.ids()).filter(id -> Arrays.stream(e).anyMatch(x -> x == id)).count();
            size += Math.max(e.length, s.ids().length);
            sameScores += sameScores(es, s.scores()) ? 1 : 0;
        }
        double p50 = MatchingBenchmark.ms(nanos, 0.5);
        double p99 = MatchingBenchmark.ms(nanos, 0.99);
        System.out.printf("%s: %d queries, p50 %.1f ms, p99 %.1f ms, max %.1f ms; engine faster %.0fx at p50, %.0fx at p99; "
                + "top-50 agreement: %.1f %% of ids in both, score lists equal (to 1e-6) in %d/%d%n", label, n, p50, p99,
                nanos[n - 1] / 1e6, p50 / engine50, p99 / engine99, 100.0 * common / Math.max(1, size), sameScores, n);
    }

    private static boolean sameScores(double[] engine, double[] sql) {
        if (engine.length != sql.length) {
            return false;
        }
        for (int i = 0; i < engine.length; i++) {
            if (Math.abs(engine[i] - sql[i]) > 1e-6) {
                return false;
            }
        }
        return true;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
