package nl.opstap.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OptimalAssignmentTest {

    private static final double NO = Double.NaN;

    private static double total(List<OptimalAssignment.Pair> pairs) {
        return pairs.stream().mapToDouble(OptimalAssignment.Pair::score).sum();
    }

    @Test
    void beatsTheGreedyChoiceOfTheBestSinglePair() {
        // Greedy takes Anna → X (10) and leaves Bram only Y (0): 10. The optimum is Anna → Y, Bram → X: 17.
        double[][] scores = {{10, 9}, {8, 0}};
        List<OptimalAssignment.Pair> pairs = OptimalAssignment.solve(scores, new int[] {1, 1});
        assertThat(pairs).containsExactlyInAnyOrder(new OptimalAssignment.Pair(0, 1, 9), new OptimalAssignment.Pair(1, 0, 8));
    }

    @Test
    void fillsAPlaceUpToItsCapacityAndGivesNobodyTwoPlaces() {
        double[][] scores = {{5, 1}, {4, 1}, {3, 1}};
        List<OptimalAssignment.Pair> pairs = OptimalAssignment.solve(scores, new int[] {2, 1});
        assertThat(pairs).extracting(OptimalAssignment.Pair::person).doesNotHaveDuplicates().hasSize(3);
        assertThat(pairs.stream().filter(p -> p.place() == 0)).hasSize(2);
        assertThat(total(pairs)).isEqualTo(10);
    }

    @Test
    void neverAssignsAPairThatIsNotAllowedOrWorthNothing() {
        double[][] scores = {{NO, 0}, {NO, NO}, {7, NO}};
        assertThat(OptimalAssignment.solve(scores, new int[] {3, 3})).containsExactly(new OptimalAssignment.Pair(2, 0, 7));
    }

    @Test
    void handlesMorePeopleThanSeatsAndNoSeatsAtAll() {
        double[][] scores = {{1}, {3}, {2}};
        assertThat(OptimalAssignment.solve(scores, new int[] {1})).containsExactly(new OptimalAssignment.Pair(1, 0, 3));
        assertThat(OptimalAssignment.solve(scores, new int[] {0})).isEmpty();
        assertThat(OptimalAssignment.solve(new double[0][0], new int[0])).isEmpty();
    }

    @Test
    void refusesMalformedInput() {
        assertThatThrownBy(() -> OptimalAssignment.solve(new double[][] {{1, 2}}, new int[] {1})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OptimalAssignment.solve(new double[][] {{1}}, new int[] {-1})).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void equalsTheBruteForceOptimumOnSmallRandomCases() {
        Random random = new Random(5);
        for (int round = 0; round < 300; round++) {
            int people = 1 + random.nextInt(5);
            int places = 1 + random.nextInt(3);
            int[] capacities = new int[places];
            for (int p = 0; p < places; p++) {
                capacities[p] = random.nextInt(3);
            }
            double[][] scores = new double[people][places];
            for (int i = 0; i < people; i++) {
                for (int p = 0; p < places; p++) {
                    scores[i][p] = random.nextInt(6) == 0 ? NO : random.nextInt(20);
                }
            }
            assertThat(total(OptimalAssignment.solve(scores, capacities))).as("round " + round)
                    .isEqualTo(bruteForce(scores, capacities.clone(), 0));
        }
    }

    @Test
    void solvesAFullRunOfFiftyVacanciesWithFiftyCandidatesEach() {
        // The largest bulk run: 50 vacancies of up to 50 candidates each (many shared), 1 to 5 places each.
        Random random = new Random(7);
        int people = 1_500;
        int places = 50;
        double[][] scores = new double[people][places];
        for (double[] row : scores) {
            java.util.Arrays.fill(row, NO);
        }
        int[] capacities = new int[places];
        for (int p = 0; p < places; p++) {
            capacities[p] = 1 + random.nextInt(5);
            for (int c = 0; c < 50; c++) {
                scores[random.nextInt(people)][p] = 20 + random.nextInt(600) / 10.0;
            }
        }
        long start = System.nanoTime();
        List<OptimalAssignment.Pair> pairs = OptimalAssignment.solve(scores, capacities);
        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds").isLessThan(5_000);
        assertThat(total(pairs)).isGreaterThanOrEqualTo(GreedyAssignment.total(GreedyAssignment.solve(scores, capacities)));
        assertThat(pairs).extracting(OptimalAssignment.Pair::person).doesNotHaveDuplicates();
    }

    /** Every person either gets no place or one with a free seat; the best total over all choices. */
    private static double bruteForce(double[][] scores, int[] free, int person) {
        if (person == scores.length) {
            return 0;
        }
        double best = bruteForce(scores, free, person + 1);
        for (int p = 0; p < free.length; p++) {
            double s = scores[person][p];
            if (free[p] > 0 && !Double.isNaN(s) && s > 0) {
                free[p]--;
                best = Math.max(best, s + bruteForce(scores, free, person + 1));
                free[p]++;
            }
        }
        return best;
    }
}
