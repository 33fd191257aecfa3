package nl.opstap.matching;

/**
 * Rule: the hard filters of a candidate–vacancy pair, never violated: consent, travel distance, hours overlap,
 * availability before the start, belastbaarheid against physical demands, driving licence when required and the
 * Zorg perspective unless asked. (Municipality and rejected pairs depend on the query; the engine checks them.)
 * Returns the first violated filter, or {@link #PASS}; cheapest checks first, no allocation.
 */
final class HardFilters {

    static final int PASS = 0;
    static final int CONSENT = 1;
    static final int ZORG = 2;
    static final int HOURS = 3;
    static final int AVAILABILITY = 4;
    static final int LOAD = 5;
    static final int LICENCE = 6;
    static final int DISTANCE = 7;

    private HardFilters() {}

    static int check(CandidateIndex c, int cs, VacancyIndex v, int vs, double distanceKm, boolean includeZorg) {
        byte flags = c.flags[cs];
        if ((flags & CandidateIndex.CONSENT) == 0) {
            return CONSENT;
        }
        if (!includeZorg && (flags & CandidateIndex.ZORG) != 0) {
            return ZORG;
        }
        if (c.hoursMax[cs] < v.hoursMin[vs] || v.hoursMax[vs] < c.hoursMin[cs]) {
            return HOURS;
        }
        if (c.availableFrom[cs] > v.start[vs]) {
            return AVAILABILITY;
        }
        if (c.load[cs] < v.demands[vs]) {
            return LOAD;
        }
        if (v.licenceRequired[vs] && (flags & CandidateIndex.LICENCE) == 0) {
            return LICENCE;
        }
        if (distanceKm > c.travelKm(cs)) {
            return DISTANCE;
        }
        return PASS;
    }
}
