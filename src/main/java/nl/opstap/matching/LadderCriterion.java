package nl.opstap.matching;

/** Criterion: how close the candidate is to work on the participation ladder (step 1 to 6). */
final class LadderCriterion implements Criterion {

    @Override
    public String code() {
        return "ladderStep";
    }

    @Override
    public double score(CandidateIndex c, int cs, VacancyIndex v, int vs, double distanceKm) {
        int step = Math.clamp(c.ladder[cs], 1, 6);
        return (step - 1) / 5.0;
    }
}
