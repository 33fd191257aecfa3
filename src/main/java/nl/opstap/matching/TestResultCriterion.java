package nl.opstap.matching;

/** Criterion: the occupational group the candidate's test pointed to is the vacancy's (ISCO major group). */
final class TestResultCriterion implements Criterion {

    @Override
    public String code() {
        return "testResult";
    }

    @Override
    public double score(CandidateIndex c, int cs, VacancyIndex v, int vs, double distanceKm) {
        return c.testCategory[cs] != 0 && c.testCategory[cs] == v.occupationGroup[vs] ? 1 : 0;
    }
}
