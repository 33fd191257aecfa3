package nl.opstap.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rule, for comparison only: the assignment a greedy pass reaches, taking the best remaining pair first while the
 * person is free and the place has a seat left. Shown next to {@link OptimalAssignment} so a reviewer sees what the
 * optimum gains; never proposed itself. Same input and same meaning of NaN and non-positive scores.
 */
final class GreedyAssignment {

    private GreedyAssignment() {}

    static List<OptimalAssignment.Pair> solve(double[][] scores, int[] capacities) {
        List<OptimalAssignment.Pair> candidates = new ArrayList<>();
        for (int person = 0; person < scores.length; person++) {
            if (scores[person].length != capacities.length) {
                throw new IllegalArgumentException("every person needs a score for every place");
            }
            for (int place = 0; place < capacities.length; place++) {
                double s = scores[person][place];
                if (!Double.isNaN(s) && s > 0) {
                    candidates.add(new OptimalAssignment.Pair(person, place, s));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(OptimalAssignment.Pair::score).reversed()
                .thenComparingInt(OptimalAssignment.Pair::person).thenComparingInt(OptimalAssignment.Pair::place));
        int[] free = capacities.clone();
        boolean[] placed = new boolean[scores.length];
        List<OptimalAssignment.Pair> chosen = new ArrayList<>();
        for (OptimalAssignment.Pair p : candidates) {
            if (!placed[p.person()] && free[p.place()] > 0) {
                placed[p.person()] = true;
                free[p.place()]--;
                chosen.add(p);
            }
        }
        return List.copyOf(chosen);
    }

    static double total(List<OptimalAssignment.Pair> pairs) {
        return pairs.stream().mapToDouble(OptimalAssignment.Pair::score).sum();
    }
}
