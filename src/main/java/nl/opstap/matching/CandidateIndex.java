package nl.opstap.matching;

import java.util.Arrays;

/** Columnar store of candidate profiles: one primitive array per field, fixed-width lists for ids. */
final class CandidateIndex extends ColumnStore {

    static final int SKILLS = 16;
    static final int OCCUPATIONS = 3;
    static final int SECTORS = 3;
    static final int CONSENT = 1;
    static final int LICENCE = 2;
    static final int ZORG = 4;

    byte[] flags;
    byte[] maxTravelKm;
    byte[] hoursMin;
    byte[] hoursMax;
    int[] availableFrom;
    byte[] load;
    byte[] education;
    byte[] ladder;
    byte[] testCategory;
    byte[] sectors;
    short[] interest;
    short[] experience;
    short[] skills;

    CandidateIndex(Postcodes postcodes, int expected) {
        super(postcodes, expected);
        growColumns(ids.length);
    }

    @Override
    void growColumns(int n) {
        flags = flags == null ? new byte[n] : Arrays.copyOf(flags, n);
        maxTravelKm = maxTravelKm == null ? new byte[n] : Arrays.copyOf(maxTravelKm, n);
        hoursMin = hoursMin == null ? new byte[n] : Arrays.copyOf(hoursMin, n);
        hoursMax = hoursMax == null ? new byte[n] : Arrays.copyOf(hoursMax, n);
        availableFrom = availableFrom == null ? new int[n] : Arrays.copyOf(availableFrom, n);
        load = load == null ? new byte[n] : Arrays.copyOf(load, n);
        education = education == null ? new byte[n] : Arrays.copyOf(education, n);
        ladder = ladder == null ? new byte[n] : Arrays.copyOf(ladder, n);
        testCategory = testCategory == null ? new byte[n] : Arrays.copyOf(testCategory, n);
        sectors = sectors == null ? new byte[n * SECTORS] : Arrays.copyOf(sectors, n * SECTORS);
        interest = interest == null ? new short[n * OCCUPATIONS] : Arrays.copyOf(interest, n * OCCUPATIONS);
        experience = experience == null ? new short[n * OCCUPATIONS] : Arrays.copyOf(experience, n * OCCUPATIONS);
        skills = skills == null ? new short[n * SKILLS] : Arrays.copyOf(skills, n * SKILLS);
    }

    @Override
    long columnBytes() {
        return flags.length * 8L + availableFrom.length * 4L + sectors.length + interest.length * 2L
                + experience.length * 2L + skills.length * 2L;
    }

    void upsert(CandidateProfile p) {
        check(p.maxTravelKm() >= 0 && p.maxTravelKm() <= 250, "De maximale reisafstand moet tussen 0 en 250 km liggen.");
        check(p.hoursMin() >= 0 && p.hoursMin() <= p.hoursMax() && p.hoursMax() <= 80, "De uren moeten tussen 0 en 80 liggen, minimum niet boven maximum.");
        check(p.sectors().length <= SECTORS, "Te veel sectoren (hoogstens " + SECTORS + ").");
        int pcArea = postcodes.indexOf(p.pc4());
        int slot = claim(p.id(), p.municipality(), pcArea, p.maxTravelKm());
        flags[slot] = (byte) ((p.consent() ? CONSENT : 0) | (p.drivingLicence() ? LICENCE : 0) | (p.perspectiveZorg() ? ZORG : 0));
        maxTravelKm[slot] = (byte) p.maxTravelKm();
        hoursMin[slot] = (byte) p.hoursMin();
        hoursMax[slot] = (byte) p.hoursMax();
        availableFrom[slot] = (int) p.availableFrom().toEpochDay();
        load[slot] = (byte) p.loadLevel();
        education[slot] = (byte) p.educationLevel();
        ladder[slot] = (byte) p.ladderStep();
        testCategory[slot] = (byte) p.testCategory();
        for (int i = 0; i < SECTORS; i++) {
            sectors[slot * SECTORS + i] = (byte) (i < p.sectors().length ? p.sectors()[i] : -1);
        }
        putIds(interest, slot, OCCUPATIONS, p.interestOccupations(), "beroepen van interesse");
        putIds(experience, slot, OCCUPATIONS, p.experienceOccupations(), "beroepen van ervaring");
        putIds(skills, slot, SKILLS, p.skills(), "vaardigheden");
    }

    int travelKm(int slot) {
        return maxTravelKm[slot] & 0xFF;
    }

    boolean has(int slot, int flag) {
        return (flags[slot] & flag) != 0;
    }
}
