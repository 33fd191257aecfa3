package nl.opstap.matching;

/** Criterion: the candidate's education level meets the vacancy's (half a point one level below). */
final class EducationCriterion implements Criterion {

    @Override
    public String code() {
        return "education";
    }

    @Override
    public double score(CandidateIndex c, int cs, VacancyIndex v, int vs, double distanceKm) {
        int gap = v.education[vs] - c.education[cs];
        return gap <= 0 ? 1 : gap == 1 ? 0.5 : 0;
    }
}
