package nl.opstap.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GreedyAssignmentTest {

    private static final double NO = Double.NaN;

    @Test
    void takesTheBestSinglePairFirstAndCanLoseToTheOptimum() {
        double[][] scores = {{10, 9}, {8, 0}};
        List<OptimalAssignment.Pair> greedy = GreedyAssignment.solve(scores, new int[] {1, 1});
        assertThat(greedy).containsExactly(new OptimalAssignment.Pair(0, 0, 10));
        assertThat(GreedyAssignment.total(greedy)).isEqualTo(10);
        assertThat(GreedyAssignment.total(OptimalAssignment.solve(scores, new int[] {1, 1}))).isEqualTo(17);
    }

    @Test
    void respectsCapacityOnePlacePerPersonAndPairsNotAllowed() {
        double[][] scores = {{5, 4}, {5, NO}, {3, 2}, {-1, 0}};
        List<OptimalAssignment.Pair> greedy = GreedyAssignment.solve(scores, new int[] {2, 1});
        assertThat(greedy).containsExactly(new OptimalAssignment.Pair(0, 0, 5), new OptimalAssignment.Pair(1, 0, 5),
                new OptimalAssignment.Pair(2, 1, 2));
    }

    @Test
    void neverBeatsTheOptimumAndTheOptimumNeverBreaksTheRules() {
        Random random = new Random(11);
        for (int round = 0; round < 300; round++) {
            int people = 1 + random.nextInt(12);
            int places = 1 + random.nextInt(5);
            int[] capacities = new int[places];
            for (int p = 0; p < places; p++) {
                capacities[p] = random.nextInt(4);
            }
            double[][] scores = new double[people][places];
            for (int i = 0; i < people; i++) {
                for (int p = 0; p < places; p++) {
                    scores[i][p] = random.nextInt(4) == 0 ? NO : random.nextInt(40) / 2.0;
                }
            }
            List<OptimalAssignment.Pair> optimal = OptimalAssignment.solve(scores, capacities);
            assertThat(GreedyAssignment.total(GreedyAssignment.solve(scores, capacities))).as("round " + round)
                    .isLessThanOrEqualTo(GreedyAssignment.total(optimal) + 1e-9);
            assertThat(optimal).extracting(OptimalAssignment.Pair::person).doesNotHaveDuplicates();
            for (int p = 0; p < places; p++) {
                int place = p;
                assertThat(optimal.stream().filter(x -> x.place() == place).count()).isLessThanOrEqualTo(capacities[p]);
            }
        }
    }
}
