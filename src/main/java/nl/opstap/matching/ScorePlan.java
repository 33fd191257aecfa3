package nl.opstap.matching;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The criteria of one query in the order of their weight, heaviest first, with the most the remaining ones can
 * still add. A pair that cannot beat the current top-K threshold any more is dropped without scoring the rest:
 * the result is the same as scoring everything, only cheaper.
 */
final class ScorePlan {

    private final Criterion[] criteria;
    private final double[] weights;
    private final double[] remainingMax;

    ScorePlan(Criterion[] all, double[] w) {
        int[] order = IntStream.range(0, all.length).filter(i -> w[i] > 0).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -w[i])).mapToInt(Integer::intValue).toArray();
        criteria = new Criterion[order.length];
        weights = new double[order.length];
        remainingMax = new double[order.length + 1];
        for (int k = 0; k < order.length; k++) {
            criteria[k] = all[order[k]];
            weights[k] = w[order[k]];
        }
        for (int k = order.length - 1; k >= 0; k--) {
            remainingMax[k] = remainingMax[k + 1] + weights[k];
        }
    }

    /** The score, or negative infinity as soon as it can no longer exceed {@code threshold}. */
    double score(CandidateIndex c, int cs, VacancyIndex v, int vs, double km, double threshold) {
        double total = 0;
        for (int k = 0; k < criteria.length; k++) {
            if (total + remainingMax[k] <= threshold) {
                return Double.NEGATIVE_INFINITY;
            }
            total += weights[k] * criteria[k].score(c, cs, v, vs, km);
        }
        return total;
    }

    @Override
    public String toString() {
        return Arrays.toString(weights);
    }
}
