package nl.opstap.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Rule: the assignment of people to places (vacancies, workshop seats) that maximises the total score, with each
 * person in at most one place and each place filled up to its capacity. Optimal (Kuhn–Munkres on the places
 * expanded into single seats, the smaller of people and seats as rows), not a greedy pass: the greedy choice of the
 * best single pair can cost more than it gains. A pair whose score is NaN is not allowed (a hard filter failed) and is
 * never assigned; a score of 0 or less is not worth a place. The result is a proposal for a person to review.
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
        if (people == 0 || seatPlace.length == 0) {
            return List.of();
        }
        double best = 0;
        for (double[] row : scores) {
            for (double s : row) {
                best = Double.isNaN(s) ? best : Math.max(best, s);
            }
        }
        double top = best;
        // The smaller side are the rows: O(rows² × columns) instead of padding to a square.
        boolean seatRows = seatPlace.length <= people;
        int rows = seatRows ? seatPlace.length : people;
        int columns = seatRows ? people : seatPlace.length;
        Cost cost = seatRows ? (seat, person) -> top - worth(scores, seatPlace, person, seat)
                : (person, seat) -> top - worth(scores, seatPlace, person, seat);
        int[] columnOf = minimise(rows, columns, cost);
        List<Pair> pairs = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            int person = seatRows ? columnOf[row] : row;
            int seat = seatRows ? row : columnOf[row];
            if (worth(scores, seatPlace, person, seat) > 0) {
                pairs.add(new Pair(person, seatPlace[seat], scores[person][seatPlace[seat]]));
            }
        }
        pairs.sort(Comparator.comparingInt(Pair::person));
        return List.copyOf(pairs);
    }

    /** The cost of a row–column pair of the matrix handed to the Hungarian method. */
    private interface Cost {
        double at(int row, int column);
    }

    /** The score a person would add in a seat: 0 for pairs not allowed and for non-positive scores. */
    private static double worth(double[][] scores, int[] seatPlace, int person, int seat) {
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

    /**
     * Hungarian method with potentials on a rows × columns cost matrix with rows ≤ columns, O(rows² × columns):
     * the distinct column assigned to each row.
     */
    private static int[] minimise(int n, int m, Cost cost) {
        double[] u = new double[n + 1];
        double[] v = new double[m + 1];
        int[] rowOfColumn = new int[m + 1];
        int[] way = new int[m + 1];
        for (int row = 1; row <= n; row++) {
            rowOfColumn[0] = row;
            int column = 0;
            double[] minimum = new double[m + 1];
            Arrays.fill(minimum, Double.POSITIVE_INFINITY);
            boolean[] used = new boolean[m + 1];
            do {
                used[column] = true;
                int current = rowOfColumn[column];
                double delta = Double.POSITIVE_INFINITY;
                int next = 0;
                for (int j = 1; j <= m; j++) {
                    if (!used[j]) {
                        double reduced = cost.at(current - 1, j - 1) - u[current] - v[j];
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
                for (int j = 0; j <= m; j++) {
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
        for (int j = 1; j <= m; j++) {
            if (rowOfColumn[j] != 0) {
                columnOfRow[rowOfColumn[j] - 1] = j - 1;
            }
        }
        return columnOfRow;
    }
}
