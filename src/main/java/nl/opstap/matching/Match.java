package nl.opstap.matching;

import java.util.List;

/**
 * One result: the id on the other side, the score, each criterion's part of it, and the vacancy's required skills
 * the candidate has and misses (interned ids; the caller shows the labels), the distance in km and how many skills the vacancy desires.
 */
public record Match(long id, double score, List<Contribution> contributions, int[] matchedRequiredSkills,
        int[] missingRequiredSkills, double distanceKm, int desiredSkillCount) {

    /** The fit (0..1) of the criterion with this code. */
    public double fit(String criterion) {
        return contributions.stream().filter(c -> c.criterion().equals(criterion)).mapToDouble(Contribution::fit).findFirst().orElse(0);
    }

    /** A criterion's fit (0..1), its weight and their product, the part of the score. */
    public record Contribution(String criterion, double fit, double weight, double points) {}
}
