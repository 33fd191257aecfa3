package nl.opstap.matching;

/**
 * Criterion: how ready for work the client's latest practical or sector assessment found the client: category 1
 * (about two months of training) fits fully, 2 for two thirds, 3 for one third; no assessment scores nothing.
 */
final class TestResultCriterion implements Criterion {

    @Override
    public String code() {
        return "testResult";
    }

    @Override
    public double score(CandidateIndex c, int cs, VacancyIndex v, int vs, double distanceKm) {
        int category = c.testCategory[cs];
        return category >= 1 && category <= 3 ? (4 - category) / 3.0 : 0;
    }
}
