package nl.opstap.matching;

/** Criterion: the share of the vacancy's required skills the candidate has. */
final class RequiredSkillsCriterion implements Criterion {

    @Override
    public String code() {
        return "requiredSkills";
    }

    @Override
    public double score(CandidateIndex c, int cs, VacancyIndex v, int vs, double distanceKm) {
        return Skills.fraction(c, cs, v.required, vs);
    }
}
