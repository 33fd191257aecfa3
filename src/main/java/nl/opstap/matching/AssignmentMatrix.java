package nl.opstap.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Rule: the score matrix of a bulk assignment and its solutions. One column per place with its candidate list, one
 * row per person on any list; a person not on a place's list may not go there (NaN). Solved optimally
 * ({@link OptimalAssignment}) and, for comparison, greedily ({@link GreedyAssignment}).
 */
final class AssignmentMatrix {

    /** One candidate placed: the index of the place and the candidate as it was on that place's list. */
    record Placed<T>(int place, T candidate, double score) {}

    /** The optimal assignment (by place, best first), its total and the total a greedy pass reaches. */
    record Result<T>(List<Placed<T>> optimal, double total, double greedyTotal) {}

    private AssignmentMatrix() {}

    /**
     * @param lists      per place, its candidates (a person at most once per list)
     * @param person     who a candidate is (the same person may be on several lists)
     * @param score      a candidate's score for that place
     * @param capacities the places of each place
     */
    static <T> Result<T> solve(List<List<T>> lists, Function<T, ?> person, ToDoubleFunction<T> score, int[] capacities) {
        Map<Object, Integer> rows = new LinkedHashMap<>();
        lists.forEach(list -> list.forEach(c -> rows.putIfAbsent(person.apply(c), rows.size())));
        double[][] scores = new double[rows.size()][lists.size()];
        for (double[] row : scores) {
            Arrays.fill(row, Double.NaN);
        }
        List<Map<Integer, T>> byRow = new ArrayList<>();
        for (int place = 0; place < lists.size(); place++) {
            Map<Integer, T> here = new LinkedHashMap<>();
            for (T c : lists.get(place)) {
                int row = rows.get(person.apply(c));
                scores[row][place] = score.applyAsDouble(c);
                here.put(row, c);
            }
            byRow.add(here);
        }
        List<OptimalAssignment.Pair> optimal = OptimalAssignment.solve(scores, capacities);
        List<Placed<T>> placed = new ArrayList<>();
        for (OptimalAssignment.Pair p : optimal) {
            placed.add(new Placed<>(p.place(), byRow.get(p.place()).get(p.person()), p.score()));
        }
        placed.sort(Comparator.<Placed<T>>comparingInt(Placed::place).thenComparing(Placed::score, Comparator.reverseOrder()));
        return new Result<>(List.copyOf(placed), GreedyAssignment.total(optimal),
                GreedyAssignment.total(GreedyAssignment.solve(scores, capacities)));
    }
}
