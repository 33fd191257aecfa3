package nl.opstap.matching;

/** Criterion: the share of the vacancy's desired skills the candidate has. */
final class DesiredSkillsCriterion implements Criterion {

    @Override
    public String code() {
        return "desiredSkills";
    }

    @Override
    public double score(CandidateIndex c, int cs, VacancyIndex v, int vs, double distanceKm) {
        return Skills.fraction(c, cs, v.desired, vs);
    }
}
