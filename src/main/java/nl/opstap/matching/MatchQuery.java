package nl.opstap.matching;

import java.util.Set;

/**
 * One query: the municipalities of the user (hard filter), the ids on the other side already rejected for this
 * one (never proposed again), whether clients with perspective Zorg may be included, how many results, the weights.
 */
public record MatchQuery(Set<Integer> municipalities, Set<Long> rejected, boolean includeZorg, int limit, Weights weights) {

    public MatchQuery {
        if (municipalities.isEmpty()) {
            throw new IllegalArgumentException("Zonder gemeenten is er niets te zoeken.");
        }
        if (limit < 1 || limit > 1_000) {
            throw new IllegalArgumentException("Het aantal resultaten moet tussen 1 en 1000 liggen.");
        }
        municipalities = Set.copyOf(municipalities);
        rejected = Set.copyOf(rejected);
    }

    public static MatchQuery of(Set<Integer> municipalities, int limit) {
        return new MatchQuery(municipalities, Set.of(), false, limit, Weights.defaults());
    }
}
