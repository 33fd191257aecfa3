package nl.opstap.matching;

import java.util.Arrays;

/** Columnar store of vacancies: one primitive array per field, fixed-width sorted skill lists. */
final class VacancyIndex extends ColumnStore {

    static final int SKILLS = 8;

    byte[] hoursMin;
    byte[] hoursMax;
    int[] start;
    byte[] demands;
    boolean[] licenceRequired;
    short[] occupation;
    byte[] occupationGroup;
    byte[] sector;
    byte[] education;
    short[] required;
    short[] desired;

    VacancyIndex(Postcodes postcodes, int expected) {
        super(postcodes, expected);
        growColumns(ids.length);
    }

    @Override
    void growColumns(int n) {
        hoursMin = hoursMin == null ? new byte[n] : Arrays.copyOf(hoursMin, n);
        hoursMax = hoursMax == null ? new byte[n] : Arrays.copyOf(hoursMax, n);
        start = start == null ? new int[n] : Arrays.copyOf(start, n);
        demands = demands == null ? new byte[n] : Arrays.copyOf(demands, n);
        licenceRequired = licenceRequired == null ? new boolean[n] : Arrays.copyOf(licenceRequired, n);
        occupation = occupation == null ? new short[n] : Arrays.copyOf(occupation, n);
        occupationGroup = occupationGroup == null ? new byte[n] : Arrays.copyOf(occupationGroup, n);
        sector = sector == null ? new byte[n] : Arrays.copyOf(sector, n);
        education = education == null ? new byte[n] : Arrays.copyOf(education, n);
        required = required == null ? new short[n * SKILLS] : Arrays.copyOf(required, n * SKILLS);
        desired = desired == null ? new short[n * SKILLS] : Arrays.copyOf(desired, n * SKILLS);
    }

    @Override
    long columnBytes() {
        return hoursMin.length * 13L + required.length * 2L + desired.length * 2L;
    }

    void upsert(VacancyProfile v) {
        check(v.hoursMin() >= 0 && v.hoursMin() <= v.hoursMax() && v.hoursMax() <= 80, "De uren moeten tussen 0 en 80 liggen, minimum niet boven maximum.");
        check(v.occupation() >= 0 && v.occupation() <= Short.MAX_VALUE, "Onbekend beroep: " + v.occupation() + ".");
        int pcArea = postcodes.indexOf(v.pc4());
        int slot = claim(v.id(), v.municipality(), pcArea, 0);
        hoursMin[slot] = (byte) v.hoursMin();
        hoursMax[slot] = (byte) v.hoursMax();
        start[slot] = (int) v.start().toEpochDay();
        demands[slot] = (byte) v.physicalDemands();
        licenceRequired[slot] = v.drivingLicenceRequired();
        occupation[slot] = (short) v.occupation();
        occupationGroup[slot] = (byte) v.occupationGroup();
        sector[slot] = (byte) v.sector();
        education[slot] = (byte) v.educationLevel();
        putIds(required, slot, SKILLS, v.requiredSkills(), "vereiste vaardigheden");
        putIds(desired, slot, SKILLS, v.desiredSkills(), "gewenste vaardigheden");
    }
}
