package nl.opstap.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AssignmentMatrixTest {

    /** A candidate on one vacancy's list. */
    record Candidate(String person, double score) {}

    private static AssignmentMatrix.Result<Candidate> solve(List<List<Candidate>> lists, int... capacities) {
        return AssignmentMatrix.solve(lists, Candidate::person, Candidate::score, capacities);
    }

    @Test
    void aPersonOnSeveralListsGetsOnePlaceAndTheOptimumBeatsTheGreedyPass() {
        // Anna is best for X (5.5) and good for Y (3.5); Bram is only on X's list (4). Greedy: Anna → X, 5.5. Optimum: 7.5.
        Candidate annaX = new Candidate("Anna", 5.5);
        Candidate bramX = new Candidate("Bram", 4);
        Candidate annaY = new Candidate("Anna", 3.5);
        AssignmentMatrix.Result<Candidate> result = solve(List.of(List.of(annaX, bramX), List.of(annaY)), 1, 1);
        assertThat(result.optimal()).containsExactly(new AssignmentMatrix.Placed<>(0, bramX, 4), new AssignmentMatrix.Placed<>(1, annaY, 3.5));
        assertThat(result.total()).isEqualTo(7.5);
        assertThat(result.greedyTotal()).isEqualTo(5.5);
    }

    @Test
    void aPersonNotOnAListNeverGoesThereAndRowsComeByPlaceBestFirst() {
        Candidate a = new Candidate("A", 2);
        Candidate b = new Candidate("B", 9);
        Candidate c = new Candidate("C", 1);
        AssignmentMatrix.Result<Candidate> result = solve(List.of(List.of(b, a), List.of(), List.of(c)), 2, 3, 1);
        assertThat(result.optimal()).extracting(AssignmentMatrix.Placed::candidate).containsExactly(b, a, c);
        assertThat(result.total()).isEqualTo(result.greedyTotal()).isEqualTo(12);
        assertThat(solve(List.of(List.of(), List.of()), 1, 1).optimal()).isEmpty();
    }
}
