package nl.opstap.matching;

/**
 * One named part of the score: how well a candidate fits a vacancy on one aspect, from 0 (not at all) to 1
 * (fully). The engine multiplies it by the criterion's weight; the sum is the score. Called in the hot path:
 * no allocation.
 */
interface Criterion {

    /** Stable code, also the key of the weight and of the explanation. */
    String code();

    double score(CandidateIndex c, int cs, VacancyIndex v, int vs, double distanceKm);
}
