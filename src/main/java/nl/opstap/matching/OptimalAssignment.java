package nl.opstap.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rule: the assignment of people to places (vacancies, workshop seats) that maximises the total score, with each
 * person in at most one place and each place filled up to its capacity. Optimal (Kuhn–Munkres on the places
 * expanded into single seats), not a greedy pass: the greedy choice of the best single pair can cost more than it
 * gains. A pair whose score is NaN is not allowed (a hard filter failed) and is never assigned; a score of 0 or less
 * is not worth a place. The result is a proposal for a person to review.
 */
final class OptimalAssignment {

    /** One proposed pair, by index into the score matrix. */
    record Pair(int person, int place, double score) {}

    private OptimalAssignment() {}

    /**
     * @param scores     scores[person][place]; NaN where the pair is not allowed
     * @param capacities the number of seats of each place (0 or more)
     */
    static List<Pair> solve(double[][] scores, int[] capacities) {
        int people = scores.length;
        int[] seatPlace = seats(capacities);
        for (double[] row : scores) {
            if (row.length != capacities.length) {
                throw new IllegalArgumentException("every person needs a score for every place");
            }
        }
        int n = Math.max(people, seatPlace.length);
        if (n == 0) {
            return List.of();
        }
        double best = 0;
        for (double[] row : scores) {
            for (double s : row) {
                best = Double.isNaN(s) ? best : Math.max(best, s);
            }
        }
        double[][] cost = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                cost[i][j] = best - worth(scores, seatPlace, i, j);
            }
        }
        int[] seatOf = minimise(cost);
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            int seat = seatOf[i];
            if (seat < seatPlace.length && worth(scores, seatPlace, i, seat) > 0) {
                pairs.add(new Pair(i, seatPlace[seat], scores[i][seatPlace[seat]]));
            }
        }
        return List.copyOf(pairs);
    }

    /** The score a person would add in a seat: 0 for padding, for pairs not allowed and for non-positive scores. */
    private static double worth(double[][] scores, int[] seatPlace, int person, int seat) {
        if (person >= scores.length || seat >= seatPlace.length) {
            return 0;
        }
        double s = scores[person][seatPlace[seat]];
        return Double.isNaN(s) || s <= 0 ? 0 : s;
    }

    private static int[] seats(int[] capacities) {
        int total = Arrays.stream(capacities).peek(c -> {
            if (c < 0) {
                throw new IllegalArgumentException("a capacity cannot be negative");
            }
        }).sum();
        int[] seatPlace = new int[total];
        for (int place = 0, seat = 0; place < capacities.length; place++) {
            for (int c = 0; c < capacities[place]; c++) {
                seatPlace[seat++] = place;
            }
        }
        return seatPlace;
    }

    /** Hungarian method with potentials on a square cost matrix, O(n³): the column assigned to each row. */
    private static int[] minimise(double[][] cost) {
        int n = cost.length;
        double[] u = new double[n + 1];
        double[] v = new double[n + 1];
        int[] rowOfColumn = new int[n + 1];
        int[] way = new int[n + 1];
        for (int row = 1; row <= n; row++) {
            rowOfColumn[0] = row;
            int column = 0;
            double[] minimum = new double[n + 1];
            Arrays.fill(minimum, Double.POSITIVE_INFINITY);
            boolean[] used = new boolean[n + 1];
            do {
                used[column] = true;
                int current = rowOfColumn[column];
                double delta = Double.POSITIVE_INFINITY;
                int next = 0;
                for (int j = 1; j <= n; j++) {
                    if (!used[j]) {
                        double reduced = cost[current - 1][j - 1] - u[current] - v[j];
                        if (reduced < minimum[j]) {
                            minimum[j] = reduced;
                            way[j] = column;
                        }
                        if (minimum[j] < delta) {
                            delta = minimum[j];
                            next = j;
                        }
                    }
                }
                for (int j = 0; j <= n; j++) {
                    if (used[j]) {
                        u[rowOfColumn[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minimum[j] -= delta;
                    }
                }
                column = next;
            } while (rowOfColumn[column] != 0);
            do {
                int previous = way[column];
                rowOfColumn[column] = rowOfColumn[previous];
                column = previous;
            } while (column != 0);
        }
        int[] columnOfRow = new int[n];
        for (int j = 1; j <= n; j++) {
            columnOfRow[rowOfColumn[j] - 1] = j - 1;
        }
        return columnOfRow;
    }
}
