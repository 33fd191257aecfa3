package nl.opstap.matching;

/** Overlap of sorted, -1-padded skill lists (merge, no allocation). */
final class Skills {

    private Skills() {}

    static int overlap(short[] a, int aFrom, int aWidth, short[] b, int bFrom, int bWidth) {
        int i = aFrom, j = bFrom, aEnd = aFrom + aWidth, bEnd = bFrom + bWidth, n = 0;
        while (i < aEnd && j < bEnd) {
            short x = a[i], y = b[j];
            if (x < 0 || y < 0) {
                break;
            }
            if (x == y) {
                n++;
                i++;
                j++;
            } else if (x < y) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    static int count(short[] a, int from, int width) {
        int n = 0;
        while (n < width && a[from + n] >= 0) {
            n++;
        }
        return n;
    }

    /** Fraction of the vacancy's list the candidate has; 1 when the vacancy lists none. */
    static double fraction(CandidateIndex c, int cs, short[] list, int vs) {
        int wanted = count(list, vs * VacancyIndex.SKILLS, VacancyIndex.SKILLS);
        if (wanted == 0) {
            return 1;
        }
        return overlap(c.skills, cs * CandidateIndex.SKILLS, CandidateIndex.SKILLS, list, vs * VacancyIndex.SKILLS,
                VacancyIndex.SKILLS) / (double) wanted;
    }
}
