package nl.opstap.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The in-memory matching engine: candidates and vacancies in columnar indexes, top-K in both directions with the
 * hard filters never violated, each result explained. Upserts and removals are visible to the next query; queries
 * run concurrently under a read lock, updates take the write lock for a few microseconds.
 */
public final class MatchEngine {

    private final Postcodes postcodes;
    private final CandidateIndex candidates;
    private final VacancyIndex vacancies;
    private final Criterion[] criteria = Criteria.ALL.toArray(Criterion[]::new);
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final ThreadLocal<Scratch> scratch;

    public MatchEngine(Postcodes postcodes, int expectedCandidates, int expectedVacancies) {
        this.postcodes = postcodes;
        this.candidates = new CandidateIndex(postcodes, expectedCandidates);
        this.vacancies = new VacancyIndex(postcodes, expectedVacancies);
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(postcodes.size()));
    }

    private record Scratch(float[] distance, TopK top) {
        Scratch(int areas) {
            this(new float[areas], new TopK());
        }
    }

    public void upsertCandidate(CandidateProfile profile) {
        lock.writeLock().lock();
        try {
            candidates.upsert(profile);
        } finally {
            lock.writeLock().unlock();
        }
    }

    public void upsertVacancy(VacancyProfile profile) {
        lock.writeLock().lock();
        try {
            vacancies.upsert(profile);
        } finally {
            lock.writeLock().unlock();
        }
    }

    public boolean removeCandidate(long id) {
        lock.writeLock().lock();
        try {
            return candidates.remove(id);
        } finally {
            lock.writeLock().unlock();
        }
    }

    public boolean removeVacancy(long id) {
        lock.writeLock().lock();
        try {
            return vacancies.remove(id);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The best candidates for a vacancy of one of the query's municipalities. */
    public List<Match> candidatesFor(long vacancyId, MatchQuery query) {
        lock.readLock().lock();
        try {
            int vs = vacancies.slotOf(vacancyId);
            if (vs < 0 || !query.municipalities().contains((int) vacancies.municipality[vs])) {
                throw new IllegalArgumentException("Deze vacature is onbekend of valt buiten uw gemeenten.");
            }
            return best(vs, vacancies.area[vs], true, -1, query);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The best candidates for a place that is not a vacancy in the index (a workshop seat, a temp-agency session):
     * the profile is indexed for the duration of the query only, under the write lock (rare, a few milliseconds).
     */
    public List<Match> candidatesForPlace(VacancyProfile place, MatchQuery query) {
        lock.writeLock().lock();
        try {
            if (vacancies.slotOf(place.id()) >= 0) {
                throw new IllegalArgumentException("Id " + place.id() + " is al een vacature.");
            }
            vacancies.upsert(place);
            try {
                int vs = vacancies.slotOf(place.id());
                return best(vs, vacancies.area[vs], true, -1, query);
            } finally {
                vacancies.remove(place.id());
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The best vacancies for a candidate of one of the query's municipalities, within the candidate's reach. */
    public List<Match> vacanciesFor(long candidateId, MatchQuery query) {
        lock.readLock().lock();
        try {
            int cs = candidates.slotOf(candidateId);
            if (cs < 0 || !query.municipalities().contains((int) candidates.municipality[cs])) {
                throw new IllegalArgumentException("Deze werkzoekende is onbekend of valt buiten uw gemeenten.");
            }
            if (!candidates.has(cs, CandidateIndex.CONSENT) || !query.includeZorg() && candidates.has(cs, CandidateIndex.ZORG)) {
                return List.of();
            }
            return best(cs, candidates.area[cs], false, candidates.travelKm(cs), query);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * One scan for both directions: the other side's buckets in the query's municipalities, skipping buckets out of
     * reach (the candidates' own reach band, or the candidate's radius), hard filters, rejected pairs, scoring against
     * the top-K threshold; explanations only for the winners. Called under the read lock.
     */
    private List<Match> best(int fixed, int area, boolean forVacancy, int radius, MatchQuery query) {
        Scratch s = scratch.get();
        postcodes.distancesFrom(area, s.distance());
        double[] w = weights(query.weights());
        ScorePlan plan = new ScorePlan(criteria, w);
        long[] rejected = sorted(query.rejected());
        long[] ids = forVacancy ? candidates.ids : vacancies.ids;
        TopK top = s.top();
        top.reset(query.limit());
        SpatialBuckets buckets = forVacancy ? candidates.buckets : vacancies.buckets;
        for (int m : query.municipalities()) {
            if (m < 1 || m >= SpatialBuckets.MUNICIPALITIES) {
                continue;
            }
            for (int i = 0, n = buckets.bucketCount(m); i < n; i++) {
                int b = buckets.bucket(m, i);
                double km = s.distance()[buckets.area(b)];
                if (km > (forVacancy ? buckets.reach(b) : radius)) {
                    continue;
                }
                int[] members = buckets.members(b);
                for (int j = 0, size = buckets.size(b); j < size; j++) {
                    int cs = forVacancy ? members[j] : fixed;
                    int vs = forVacancy ? fixed : members[j];
                    if (HardFilters.check(candidates, cs, vacancies, vs, km, query.includeZorg()) == HardFilters.PASS
                            && (rejected.length == 0 || Arrays.binarySearch(rejected, ids[members[j]]) < 0)) {
                        top.offer(plan.score(candidates, cs, vacancies, vs, km, top.threshold()), members[j]);
                    }
                }
            }
        }
        short[] areas = forVacancy ? candidates.area : vacancies.area;
        List<Match> out = new ArrayList<>();
        for (int slot : top.drainBestFirst()) {
            out.add(Explanations.explain(ids[slot], candidates, forVacancy ? slot : fixed, vacancies, forVacancy ? fixed : slot,
                    s.distance()[areas[slot]], criteria, w));
        }
        return out;
    }

    /**
     * The explanation of one pair as the engine would score it, and the hard filter it violates (0 when none), for
     * the log of a decision and for pairs a person proposes; empty when either side is not in the index.
     */
    public java.util.Optional<PairScore> pair(long candidateId, long vacancyId, Weights weights) {
        lock.readLock().lock();
        try {
            int cs = candidates.slotOf(candidateId);
            int vs = vacancies.slotOf(vacancyId);
            if (cs < 0 || vs < 0) {
                return java.util.Optional.empty();
            }
            float[] distance = scratch.get().distance();
            postcodes.distancesFrom(vacancies.area[vs], distance);
            double km = distance[candidates.area[cs]];
            int filter = HardFilters.check(candidates, cs, vacancies, vs, km, true);
            Match match = Explanations.explain(vacancyId, candidates, cs, vacancies, vs, km, criteria, weights(weights));
            return java.util.Optional.of(new PairScore(match, filter, km));
        } finally {
            lock.readLock().unlock();
        }
    }

    /** A pair's explanation, the first violated hard filter ({@link #PASS} when none) and the distance. */
    public record PairScore(Match match, int hardFilter, double distanceKm) {
        public boolean passes() {
            return hardFilter == PASS;
        }
    }

    public static final int PASS = HardFilters.PASS;

    public int candidateCount() {
        return candidates.size();
    }

    public int vacancyCount() {
        return vacancies.size();
    }

    /** Bytes of the arrays of the candidate index (capacity included). */
    public long candidateIndexBytes() {
        return candidates.bytes();
    }

    public long vacancyIndexBytes() {
        return vacancies.bytes();
    }

    private double[] weights(Weights weights) {
        double[] w = new double[criteria.length];
        for (int i = 0; i < criteria.length; i++) {
            w[i] = weights.of(criteria[i].code());
        }
        return w;
    }

    private static long[] sorted(java.util.Set<Long> ids) {
        long[] out = ids.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(out);
        return out;
    }
}
