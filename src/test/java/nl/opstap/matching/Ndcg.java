package nl.opstap.matching;

import java.util.Arrays;
import java.util.Map;

/**
 * NDCG@k of a ranking against graded relevance labels: gain 2^rel − 1, discount log2(rank + 1), normalised by the
 * DCG of the ideal ranking of all labelled items (so a relevant item missing from the ranking costs score).
 * Unlabelled items have relevance 0.
 */
final class Ndcg {

    private Ndcg() {}

    static double at(int k, long[] ranked, Map<Long, Integer> relevance) {
        int[] gains = new int[Math.min(k, ranked.length)];
        for (int i = 0; i < gains.length; i++) {
            gains[i] = relevance.getOrDefault(ranked[i], 0);
        }
        int[] ideal = relevance.values().stream().mapToInt(Integer::intValue).sorted().toArray();
        for (int i = 0, j = ideal.length - 1; i < j; i++, j--) {  // descending
            int t = ideal[i];
            ideal[i] = ideal[j];
            ideal[j] = t;
        }
        double best = dcg(Arrays.copyOf(ideal, Math.min(k, ideal.length)));
        return best == 0 ? 0 : dcg(gains) / best;
    }

    /** DCG of relevances in rank order (rank 1 first). */
    static double dcg(int[] relevances) {
        double sum = 0;
        for (int i = 0; i < relevances.length; i++) {
            sum += (Math.pow(2, relevances[i]) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        return sum;
    }
}
