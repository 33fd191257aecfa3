package nl.opstap.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

/**
 * Known answers for the quality check. For each of the first vacancies of a data set, {@value #GOOD} candidates that
 * fit it well (relevance 2: its occupation, all or all but one required skill, half the desired ones, its sector and
 * education, within 3 km, its hours) and {@value #PARTIAL} near-misses (relevance 1: the occupation with half the
 * required skills and 3–12 km away, or every required skill under another occupation). All pass every hard filter.
 * Background candidates count as relevance 0, even the few that happen to fit well: NDCG@10 below 1 is partly that.
 */
final class PlantedPairs {

    static final int MAX_VACANCIES = 500;
    static final int GOOD = 3;
    static final int PARTIAL = 3;

    private final SyntheticProfiles data;
    private final int vacancyCount;
    private final Map<Long, Map<Long, Integer>> relevance = new LinkedHashMap<>();
    private final Map<Long, Integer> municipalityOfVacancy = new HashMap<>();

    PlantedPairs(SyntheticProfiles data, int vacancyCount) {
        this.data = data;
        this.vacancyCount = vacancyCount;
    }

    int vacancyCount() {
        return vacancyCount;
    }

    int candidateCount() {
        return vacancyCount * (GOOD + PARTIAL);
    }

    /** Relevance of the planted candidates (by id) of each planted vacancy (by id). */
    Map<Long, Map<Long, Integer>> relevance() {
        return relevance;
    }

    /** The planted candidates of one vacancy, ids {@code firstId} onwards, good ones first. */
    List<CandidateProfile> plant(VacancyProfile v, long firstId, SplittableRandom r) {
        List<CandidateProfile> out = new ArrayList<>();
        Map<Long, Integer> labels = new HashMap<>();
        for (int i = 0; i < GOOD + PARTIAL; i++) {
            long id = firstId + i;
            out.add(i < GOOD ? good(id, v, r) : partial(id, v, i % 2 == 0, r));
            labels.put(id, i < GOOD ? 2 : 1);
        }
        relevance.put(v.id(), Map.copyOf(labels));
        municipalityOfVacancy.put(v.id(), v.municipality());
        return out;
    }

    private CandidateProfile good(long id, VacancyProfile v, SplittableRandom r) {
        int[] required = v.requiredSkills();
        if (r.nextBoolean() && required.length > 1) {  // "most": sometimes one required skill missing
            int drop = r.nextInt(required.length);
            required = Arrays.stream(required).filter(s -> s != v.requiredSkills()[drop]).toArray();
        }
        int[] desired = Arrays.copyOf(v.desiredSkills(), (v.desiredSkills().length + 1) / 2);
        int pc4 = nearby(v.pc4(), 0, 3, r);
        return new CandidateProfile(id, SyntheticProfiles.municipalityOf(pc4), true, pc4, 10 + 5 * r.nextInt(3),
                v.hoursMin(), v.hoursMax(), SyntheticProfiles.TODAY.minusDays(r.nextInt(90)), 4, true, false,
                Math.min(5, v.educationLevel() + r.nextInt(2)), 3 + r.nextInt(4), new int[] {v.occupation()},
                r.nextBoolean() ? new int[] {v.occupation()} : new int[0], skills(v.occupation(), required, desired),
                new int[] {v.sector()}, r.nextBoolean() ? 1 : 0);
    }

    /** Right occupation but half the required skills and farther away, or all required skills and another occupation. */
    private CandidateProfile partial(long id, VacancyProfile v, boolean halfSkills, SplittableRandom r) {
        int[] required = v.requiredSkills();
        int occupation = v.occupation();
        if (halfSkills) {
            required = Arrays.copyOf(required, required.length / 2);
        } else {
            occupation = (occupation + 1 + r.nextInt(SyntheticProfiles.OCCUPATIONS - 1)) % SyntheticProfiles.OCCUPATIONS;
        }
        int pc4 = halfSkills ? nearby(v.pc4(), 3, 12, r) : nearby(v.pc4(), 0, 8, r);
        Postcodes p = data.postcodes;
        int km = (int) Math.ceil(p.distanceKm(p.indexOf(v.pc4()), p.indexOf(pc4)));
        return new CandidateProfile(id, SyntheticProfiles.municipalityOf(pc4), true, pc4, km + 5 + 5 * r.nextInt(3),
                v.hoursMin(), v.hoursMax(), SyntheticProfiles.TODAY.minusDays(r.nextInt(90)), 4, true, false,
                halfSkills ? Math.max(1, v.educationLevel() - 1) : v.educationLevel(), 1 + r.nextInt(6),
                new int[] {occupation}, new int[0], skills(occupation, required, new int[0]),
                new int[] {halfSkills ? r.nextInt(20) : v.sector()}, 0);
    }

    /** The given skills, then the occupation's core skills, distinct, at most 15 like the background. */
    private int[] skills(int occupation, int[] required, int[] desired) {
        Set<Integer> out = new LinkedHashSet<>();
        for (int[] list : new int[][] {required, desired, data.coreSkills(occupation)}) {
            for (int s : list) {
                if (out.size() < 15) {
                    out.add(s);
                }
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A random PC4 of the same region (PC4 / 100) between minKm and maxKm away; the PC4 itself if none is. */
    private int nearby(int pc4, double minKm, double maxKm, SplittableRandom r) {
        Postcodes p = data.postcodes;
        int from = p.indexOf(pc4);
        int[] found = new int[p.size()];
        int n = 0;
        for (int i = 0; i < p.size(); i++) {
            double km = p.distanceKm(from, i);
            if (p.pc4(i) / 100 == pc4 / 100 && km >= minKm && km <= maxKm) {
                found[n++] = p.pc4(i);
            }
        }
        return n == 0 ? pc4 : found[r.nextInt(n)];
    }

    record Quality(int vacancies, double meanNdcg, double goodInTop) {}

    /**
     * The engine's top-k for each planted vacancy, in the scope {@code scope} gives for its municipality: mean NDCG@k
     * against the planted labels, and the share of the planted good candidates that made the top-k.
     */
    Quality evaluate(MatchEngine engine, int k, IntFunction<Set<Integer>> scope) {
        double sum = 0;
        int found = 0;
        for (Map.Entry<Long, Map<Long, Integer>> e : relevance.entrySet()) {
            MatchQuery query = MatchQuery.of(scope.apply(municipalityOfVacancy.get(e.getKey())), k);
            long[] ranked = engine.candidatesFor(e.getKey(), query).stream().mapToLong(Match::id).toArray();
            sum += Ndcg.at(k, ranked, e.getValue());
            for (long id : ranked) {
                found += e.getValue().getOrDefault(id, 0) == 2 ? 1 : 0;
            }
        }
        int n = relevance.size();
        return new Quality(n, n == 0 ? 0 : sum / n, n == 0 ? 0 : found / (double) (n * GOOD));
    }
}
