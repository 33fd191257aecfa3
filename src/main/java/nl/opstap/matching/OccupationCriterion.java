package nl.opstap.matching;

/** Criterion: the vacancy's occupation is one the candidate is interested in. */
final class OccupationCriterion implements Criterion {

    @Override
    public String code() {
        return "occupation";
    }

    @Override
    public double score(CandidateIndex c, int cs, VacancyIndex v, int vs, double distanceKm) {
        return ColumnStore.contains(c.interest, cs, CandidateIndex.OCCUPATIONS, v.occupation[vs]) ? 1 : 0;
    }
}
