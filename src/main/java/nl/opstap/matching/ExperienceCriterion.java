package nl.opstap.matching;

/** Criterion: the candidate has worked in the vacancy's occupation. */
final class ExperienceCriterion implements Criterion {

    @Override
    public String code() {
        return "experience";
    }

    @Override
    public double score(CandidateIndex c, int cs, VacancyIndex v, int vs, double distanceKm) {
        return ColumnStore.contains(c.experience, cs, CandidateIndex.OCCUPATIONS, v.occupation[vs]) ? 1 : 0;
    }
}
