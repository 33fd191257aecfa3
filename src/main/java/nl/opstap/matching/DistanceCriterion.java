package nl.opstap.matching;

/** Criterion: closer is better: 1 at the doorstep, 0 at the candidate's maximum travel distance. */
final class DistanceCriterion implements Criterion {

    @Override
    public String code() {
        return "distance";
    }

    @Override
    public double score(CandidateIndex c, int cs, VacancyIndex v, int vs, double distanceKm) {
        int max = c.travelKm(cs);
        return max == 0 ? 1 : Math.max(0, 1 - distanceKm / max);
    }
}
