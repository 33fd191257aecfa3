package nl.opstap.matching;

import java.time.LocalDate;

/** Small builders for engine tests: a candidate and a vacancy in Assen (municipality 106) that pass every filter. */
final class MatchFixtures {

    static final Postcodes POSTCODES = Postcodes.load();
    static final int ASSEN = 106;
    static final LocalDate START = LocalDate.of(2026, 12, 1);

    private MatchFixtures() {}

    static final class Candidate {
        long id = 1;
        int municipality = ASSEN;
        boolean consent = true;
        int pc4 = 9401;
        int maxTravelKm = 10;
        int hoursMin = 16;
        int hoursMax = 32;
        LocalDate availableFrom = START.minusDays(10);
        int load = 3;
        boolean licence = true;
        boolean zorg = false;
        int education = 3;
        int ladder = 4;
        int[] interest = {100};
        int[] experience = {100};
        int[] skills = {1, 2, 3, 10};
        int[] sectors = {5};
        int testCategory = 2;

        Candidate id(long value) {
            id = value;
            return this;
        }

        CandidateProfile build() {
            return new CandidateProfile(id, municipality, consent, pc4, maxTravelKm, hoursMin, hoursMax, availableFrom, load,
                    licence, zorg, education, ladder, interest, experience, skills, sectors, testCategory);
        }
    }

    static final class Vacancy {
        long id = 1_000;
        int municipality = ASSEN;
        int pc4 = 9402;
        int hoursMin = 24;
        int hoursMax = 36;
        LocalDate start = START;
        int demands = 2;
        boolean licenceRequired = true;
        int occupation = 100;
        int occupationGroup = 2;
        int[] required = {1, 2, 4};
        int[] desired = {10, 11};
        int sector = 5;
        int education = 3;

        VacancyProfile build() {
            return new VacancyProfile(id, municipality, pc4, hoursMin, hoursMax, start, demands, licenceRequired, occupation,
                    occupationGroup, required, desired, sector, education);
        }
    }

    static Candidate candidate() {
        return new Candidate();
    }

    static Vacancy vacancy() {
        return new Vacancy();
    }
}
