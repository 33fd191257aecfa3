package nl.opstap.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * National-scale benchmark of the matching engine (not a test; run by bench/matching.sh): builds 1,000,000
 * candidates and 200,000 vacancies, then reports build time, index bytes per candidate, top-50 latencies in both
 * directions (all hard filters, explanations included), NDCG@10 on planted pairs ({@link PlantedPairs}), with --sql
 * or SQL=1 the same query in PostgreSQL ({@link SqlComparison}), and how long an upsert takes to become visible.
 * Arguments: [candidates] [vacancies] [queries] [--sql | --no-sql].
 */
final class MatchingBenchmark {

    static final long SEED = 7;

    public static void main(String[] args) {
        List<Integer> numbers = new ArrayList<>();
        boolean sql = "1".equals(System.getenv("SQL"));
        for (String arg : args) {
            switch (arg) {
                case "--sql" -> sql = true;
                case "--no-sql" -> sql = false;
                default -> numbers.add(Integer.parseInt(arg));
            }
        }
        int candidateCount = numbers.size() > 0 ? numbers.get(0) : 1_000_000;
        int vacancyCount = numbers.size() > 1 ? numbers.get(1) : 200_000;
        int queries = numbers.size() > 2 ? numbers.get(2) : 2_000;
        Postcodes postcodes = Postcodes.load();
        SyntheticProfiles data = new SyntheticProfiles(postcodes, 42);
        System.out.printf("Matching benchmark: %,d candidates, %,d vacancies, %,d PC4 areas, %d cores, Java %s%n",
                candidateCount, vacancyCount, postcodes.size(), Runtime.getRuntime().availableProcessors(),
                Runtime.version());

        int[] vacancyMunicipality = new int[vacancyCount + 1];
        int[] candidateMunicipality = new int[candidateCount + 1];
        List<VacancyProfile> sample = new ArrayList<>();
        long heapBefore = usedHeap();
        MatchEngine engine = new MatchEngine(postcodes, candidateCount, vacancyCount);
        long wall = System.nanoTime();
        SyntheticProfiles.Collected all = new SyntheticProfiles.Collected(candidateCount, vacancyCount);
        PlantedPairs planted = data.generate(candidateCount, vacancyCount, SEED, all);
        CandidateProfile[] generated = all.candidates;
        VacancyProfile[] vacancies = all.vacancies;
        all = null;
        for (CandidateProfile c : generated) {
            candidateMunicipality[(int) c.id()] = c.municipality();
        }
        for (VacancyProfile v : vacancies) {
            vacancyMunicipality[(int) v.id()] = v.municipality();
            if (v.id() <= 1_000) {
                sample.add(v);
            }
        }
        // A bulk load reads the profiles ordered by municipality and postcode (ORDER BY in the database), so the
        // members of a bucket sit next to each other in the columns; later upserts take free or new slots.
        Arrays.sort(generated, Comparator.comparingInt(CandidateProfile::municipality).thenComparingInt(CandidateProfile::pc4));
        long t = System.nanoTime();
        for (CandidateProfile p : generated) {
            engine.upsertCandidate(p);
        }
        long candidateInsert = System.nanoTime() - t;
        Arrays.sort(vacancies, Comparator.comparingInt(VacancyProfile::municipality).thenComparingInt(VacancyProfile::pc4));
        t = System.nanoTime();
        for (VacancyProfile v : vacancies) {
            engine.upsertVacancy(v);
        }
        long insertNanos = candidateInsert + System.nanoTime() - t;
        generated = null;
        vacancies = null;
        long wallNanos = System.nanoTime() - wall;
        long heapAfter = usedHeap();
        System.out.printf("build: %.1f s wall (generation + sort + insert), insert only %.2f s (candidates %.2f s, vacancies %.2f s)%n",
                wallNanos / 1e9, insertNanos / 1e9, candidateInsert / 1e9, (insertNanos - candidateInsert) / 1e9);
        System.out.printf("index arrays: candidates %.0f bytes/candidate (%,d MB), vacancies %.0f bytes/vacancy (%,d MB)%n",
                engine.candidateIndexBytes() / (double) candidateCount, engine.candidateIndexBytes() >> 20,
                engine.vacancyIndexBytes() / (double) vacancyCount, engine.vacancyIndexBytes() >> 20);
        System.out.printf("heap delta (used heap after GC, both indexes): %,d MB = %.0f bytes per candidate%n",
                (heapAfter - heapBefore) >> 20, (heapAfter - heapBefore) / (double) candidateCount);

        SplittableRandom q = new SplittableRandom(99);
        run("top-50 candidates for a vacancy, regional scope (~10 municipalities)", queries, () -> {
            long id = 1 + q.nextInt(vacancyCount);
            return engine.candidatesFor(id, query(region(vacancyMunicipality[(int) id]), q)).size();
        });
        run("top-50 vacancies for a candidate, regional scope (~10 municipalities)", queries, () -> {
            long id = consenting(engine, q, candidateCount);
            return engine.vacanciesFor(id, query(region(candidateMunicipality[(int) id]), q)).size();
        });
        Set<Integer> national = new HashSet<>();
        for (int i = 0; i < postcodes.size(); i++) {  // every municipality of the country
            national.add(SyntheticProfiles.municipalityOf(postcodes.pc4(i)));
        }
        run("top-50 candidates for a vacancy, national scope (all " + national.size() + " municipalities)", queries / 4, () ->
                engine.candidatesFor(1 + q.nextInt(vacancyCount), query(national, q)).size());
        run("top-50 vacancies for a candidate, national scope", queries / 4, () ->
                engine.vacanciesFor(consenting(engine, q, candidateCount), query(national, q)).size());

        PlantedPairs.Quality quality = planted.evaluate(engine, 10, MatchingBenchmark::region);
        System.out.printf("quality: mean NDCG@10 %.3f over %d vacancies with planted pairs (%d good = relevance 2, %d near-misses "
                + "= 1, all others 0; regional scope); %.1f %% of the planted good candidates in the top-10%n",
                quality.meanNdcg(), quality.vacancies(), PlantedPairs.GOOD, PlantedPairs.PARTIAL, 100 * quality.goodInTop());
        if (sql) {  // before the visibility test, whose upserts the database does not see
            SqlComparison.run(engine, data, candidateCount, vacancyCount, SEED, vacancyMunicipality);
        } else {
            System.out.println("SQL baseline: skipped (pass --sql or set SQL=1 to compare with PostgreSQL)");
        }
        visibility(engine, sample, q, candidateCount);
    }

    interface Query {
        int run();
    }

    private static void run(String label, int queries, Query query) {
        for (int i = 0; i < Math.max(200, queries / 4); i++) {
            query.run();
        }
        long[] nanos = new long[queries];
        long results = 0;
        for (int i = 0; i < queries; i++) {
            long t = System.nanoTime();
            results += query.run();
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        System.out.printf("%s: %d queries, mean %.1f results; p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n", label,
                queries, results / (double) queries, ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99), nanos[queries - 1] / 1e6);
    }

    /** An edit made visible: upsert a candidate that fits the vacancy perfectly, then query; both timed. */
    private static void visibility(MatchEngine engine, List<VacancyProfile> sample, SplittableRandom q, int candidates) {
        int trials = 200;
        long[] upsert = new long[trials];
        long[] visible = new long[trials];
        int seen = 0;
        for (int i = 0; i < trials; i++) {
            VacancyProfile v = sample.get(q.nextInt(sample.size()));
            long vacancyId = v.id();
            CandidateProfile c = new CandidateProfile(candidates + 1L + i, v.municipality(), true, v.pc4(), 10, v.hoursMin(),
                    v.hoursMax(), v.start(), 5, true, false, 5, 6, new int[] {v.occupation()}, new int[] {v.occupation()},
                    v.requiredSkills(), new int[] {v.sector()}, v.occupationGroup());
            long t = System.nanoTime();
            engine.upsertCandidate(c);
            upsert[i] = System.nanoTime() - t;
            boolean found = engine.candidatesFor(vacancyId, MatchQuery.of(Set.of(v.municipality()), 50)).stream()
                    .anyMatch(m -> m.id() == c.id());
            visible[i] = System.nanoTime() - t;
            seen += found ? 1 : 0;
        }
        Arrays.sort(upsert);
        Arrays.sort(visible);
        System.out.printf("upsert visible: %d/%d edits found in the next query; upsert p50 %.3f ms, p99 %.3f ms; "
                + "upsert + query that shows it p50 %.2f ms, p99 %.2f ms%n", seen, trials, ms(upsert, 0.5), ms(upsert, 0.99),
                ms(visible, 0.5), ms(visible, 0.99));
    }

    static MatchQuery query(Set<Integer> municipalities, SplittableRandom q) {
        Set<Long> rejected = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            rejected.add(1L + q.nextInt(1_000_000));
        }
        return new MatchQuery(municipalities, rejected, false, 50, Weights.defaults());
    }

    /** The labour-market region of the vacancy or candidate: all municipalities with the same PC4 / 100. */
    static Set<Integer> region(int municipality) {
        List<Integer> out = new ArrayList<>();
        for (int m = (municipality / 10) * 10; m < (municipality / 10) * 10 + 10; m++) {
            out.add(m);
        }
        return Set.copyOf(out);
    }

    private static long consenting(MatchEngine engine, SplittableRandom q, int candidates) {
        return 1 + q.nextInt(candidates);
    }

    static double ms(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
