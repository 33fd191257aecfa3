package nl.opstap.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Synthetic national-scale data for the benchmark: PC4 areas weighted by a skewed population, municipality =
 * PC4 / 10, region = PC4 / 100; 13,000 skills and 3,000 occupations with Zipf-like popularity, each occupation
 * with its own ten core skills (a person has ~8 from their occupation and ~7 from the general vocabulary).
 * {@link #generate} adds the planted pairs of {@link PlantedPairs} for the quality check.
 */
final class SyntheticProfiles {

    static final int SKILLS = 13_000;
    static final int OCCUPATIONS = 3_000;
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final int[] TRAVEL_KM = {5, 10, 10, 15, 15, 20, 20, 25, 30, 40, 50};

    final Postcodes postcodes;
    private final double[] areaCumulative;
    private final double[] skillCumulative = zipf(SKILLS, 1.0);
    private final double[] occupationCumulative = zipf(OCCUPATIONS, 0.9);
    private final int[][] coreSkills = new int[OCCUPATIONS][10];

    SyntheticProfiles(Postcodes postcodes, long seed) {
        this.postcodes = postcodes;
        SplittableRandom random = new SplittableRandom(seed);
        areaCumulative = new double[postcodes.size()];
        double sum = 0;
        for (int i = 0; i < areaCumulative.length; i++) {
            sum += Math.exp(random.nextGaussian() * 0.9);
            areaCumulative[i] = sum;
        }
        for (int i = 0; i < areaCumulative.length; i++) {
            areaCumulative[i] /= sum;
        }
        for (int[] core : coreSkills) {
            for (int i = 0; i < core.length; i++) {
                core[i] = random.nextInt(SKILLS);
            }
        }
    }

    /** Receives the profiles of one generated data set. */
    interface Sink {
        void candidate(CandidateProfile candidate);

        void vacancy(VacancyProfile vacancy);
    }

    /** A sink that keeps every profile, at index id − 1. */
    static final class Collected implements Sink {
        final CandidateProfile[] candidates;
        final VacancyProfile[] vacancies;

        Collected(int candidates, int vacancies) {
            this.candidates = new CandidateProfile[candidates];
            this.vacancies = new VacancyProfile[vacancies];
        }

        @Override
        public void candidate(CandidateProfile c) {
            candidates[(int) c.id() - 1] = c;
        }

        @Override
        public void vacancy(VacancyProfile v) {
            vacancies[(int) v.id() - 1] = v;
        }
    }

    /**
     * One benchmark data set, identical for identical arguments (the SQL baseline regenerates it instead of the
     * engine holding a second copy): background candidates, then the vacancies, then the planted candidates of
     * the first vacancies, {@code candidates} in all with ids 1..candidates. Returns the planted pairs.
     */
    PlantedPairs generate(int candidates, int vacancies, long seed, Sink sink) {
        SplittableRandom r = new SplittableRandom(seed);
        PlantedPairs planted = new PlantedPairs(this, Math.min(PlantedPairs.MAX_VACANCIES, Math.min(vacancies, candidates / 100)));
        int background = candidates - planted.candidateCount();
        for (int i = 1; i <= background; i++) {
            sink.candidate(candidate(i, r));
        }
        List<VacancyProfile> targets = new ArrayList<>();
        for (int i = 1; i <= vacancies; i++) {
            VacancyProfile v = vacancy(i, r);
            sink.vacancy(v);
            if (i <= planted.vacancyCount()) {
                targets.add(v);
            }
        }
        long id = background;
        for (VacancyProfile v : targets) {
            for (CandidateProfile c : planted.plant(v, id + 1, r)) {
                sink.candidate(c);
                id++;
            }
        }
        return planted;
    }

    int[] coreSkills(int occupation) {
        return coreSkills[occupation];
    }

    static int municipalityOf(int pc4) {
        return pc4 / 10;
    }

    CandidateProfile candidate(long id, SplittableRandom r) {
        int pc4 = postcodes.pc4(pick(areaCumulative, r));
        int interest = pick(occupationCumulative, r);
        int hoursMin = 8 + r.nextInt(25);
        int[] skills = distinct(r, coreSkills[interest], 8, 15);
        int[] occupations = r.nextInt(3) == 0 ? new int[] {interest, pick(occupationCumulative, r)} : new int[] {interest};
        int[] experience = r.nextInt(2) == 0 ? new int[] {r.nextBoolean() ? interest : pick(occupationCumulative, r)} : new int[0];
        int[] sectors = r.nextInt(3) == 0 ? new int[] {r.nextInt(20), r.nextInt(20)} : new int[] {r.nextInt(20)};
        return new CandidateProfile(id, municipalityOf(pc4), r.nextInt(10) != 0, pc4, TRAVEL_KM[r.nextInt(TRAVEL_KM.length)],
                hoursMin, Math.min(40, hoursMin + 4 + r.nextInt(16)), TODAY.plusDays(r.nextInt(-365, 90)),
                1 + r.nextInt(4), r.nextInt(10) < 6, r.nextInt(10) == 0, 1 + r.nextInt(5), 1 + r.nextInt(6),
                occupations, experience, skills, sectors, r.nextInt(10) % 4);
    }

    VacancyProfile vacancy(long id, SplittableRandom r) {
        int pc4 = postcodes.pc4(pick(areaCumulative, r));
        int occupation = pick(occupationCumulative, r);
        int hoursMin = 8 + r.nextInt(25);
        int[] required = distinct(r, coreSkills[occupation], 4 + r.nextInt(3), 4 + r.nextInt(3));
        required = Arrays.copyOf(required, Math.min(required.length, 6));
        int[] desired = distinct(r, new int[0], 0, 3 + r.nextInt(4));
        return new VacancyProfile(id, municipalityOf(pc4), pc4, hoursMin, Math.min(40, hoursMin + r.nextInt(12)),
                TODAY.plusDays(r.nextInt(0, 120)), 1 + r.nextInt(3), r.nextInt(4) == 0, occupation, 1 + occupation % 9,
                required, desired, r.nextInt(20), 1 + r.nextInt(5));
    }

    /** {@code fromCore} skills of the occupation, then Zipf-popular ones up to {@code total}, all distinct. */
    private int[] distinct(SplittableRandom r, int[] core, int fromCore, int total) {
        int[] out = new int[total];
        int n = 0;
        int attempts = 0;
        while (n < total && attempts++ < 200) {
            int s = n < fromCore && core.length > 0 ? core[r.nextInt(core.length)] : pick(skillCumulative, r);
            boolean seen = false;
            for (int i = 0; i < n; i++) {
                seen |= out[i] == s;
            }
            if (!seen) {
                out[n++] = s;
            }
        }
        return Arrays.copyOf(out, n);
    }

    static int pick(double[] cumulative, SplittableRandom r) {
        int i = Arrays.binarySearch(cumulative, r.nextDouble());
        return Math.min(cumulative.length - 1, i >= 0 ? i : -i - 1);
    }

    private static double[] zipf(int n, double s) {
        double[] c = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1 / Math.pow(i + 1, s);
            c[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            c[i] /= sum;
        }
        return c;
    }
}
