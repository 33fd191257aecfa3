package nl.opstap.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Rule: bias monitoring of the matching over a period (EU AI Act, Annex III 4). Per group of one dimension (gender,
 * age band): how many candidates were considered, proposed and selected, the rates, and the impact ratio of each rate
 * against the most favoured group; a ratio below four fifths (0.8) is flagged. Exposure: each group's share of the
 * top-10 positions of the ranked lists, position-weighted (1 / log2(rank + 1)), against its share of the candidates.
 */
final class FairnessReport {

    static final double FOUR_FIFTHS = 0.8;
    static final int TOP = 10;

    /** A candidate considered in the period, with what happened to them. */
    record Outcome(String gender, String ageBand, boolean proposed, boolean selected) {}

    /** One group's figures; a ratio is null when nobody in the most favoured group was proposed or selected. */
    record Group(String group, long candidates, long proposed, long selected, double proposalRate, double selectionRate,
                 Double proposalImpact, Double selectionImpact, double exposureShare, double candidateShare) {

        public boolean flagged() {
            return (proposalImpact != null && proposalImpact < FOUR_FIFTHS) || (selectionImpact != null && selectionImpact < FOUR_FIFTHS);
        }

        /** Exposure in the top 10 against the group's share of the candidates (1.0 = proportional). */
        public Double exposureRatio() {
            return candidateShare == 0 ? null : exposureShare / candidateShare;
        }
    }

    private FairnessReport() {}

    /**
     * @param outcomes the candidates considered in the period
     * @param rankings the ranked lists shown in the period, each as the candidates in order (only the top 10 count)
     * @param groupOf  the dimension: {@code Outcome::gender} or {@code Outcome::ageBand}
     */
    static List<Group> of(List<Outcome> outcomes, List<List<Outcome>> rankings, Function<Outcome, String> groupOf) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (Outcome o : outcomes) {
            long[] c = counts.computeIfAbsent(groupOf.apply(o), k -> new long[3]);
            c[0]++;
            c[1] += o.proposed() ? 1 : 0;
            c[2] += o.selected() ? 1 : 0;
        }
        Map<String, Double> exposure = exposure(rankings, groupOf);
        double totalExposure = exposure.values().stream().mapToDouble(Double::doubleValue).sum();
        double bestProposal = counts.values().stream().mapToDouble(c -> rate(c[1], c[0])).max().orElse(0);
        double bestSelection = counts.values().stream().mapToDouble(c -> rate(c[2], c[0])).max().orElse(0);
        List<Group> groups = new ArrayList<>();
        counts.forEach((group, c) -> groups.add(new Group(group, c[0], c[1], c[2], rate(c[1], c[0]), rate(c[2], c[0]),
                bestProposal == 0 ? null : rate(c[1], c[0]) / bestProposal, bestSelection == 0 ? null : rate(c[2], c[0]) / bestSelection,
                totalExposure == 0 ? 0 : exposure.getOrDefault(group, 0.0) / totalExposure, rate(c[0], outcomes.size()))));
        groups.sort(Comparator.comparing(Group::group));
        return List.copyOf(groups);
    }

    /** The age bands of the Dutch labour-market statistics: young people up to 27, 27–49, 50 and over. */
    static String ageBand(int age) {
        return age < 27 ? "tot 27" : age < 50 ? "27-49" : "50+";
    }

    private static Map<String, Double> exposure(List<List<Outcome>> rankings, Function<Outcome, String> groupOf) {
        Map<String, Double> exposure = new LinkedHashMap<>();
        for (List<Outcome> ranking : rankings) {
            for (int rank = 1; rank <= Math.min(TOP, ranking.size()); rank++) {
                exposure.merge(groupOf.apply(ranking.get(rank - 1)), 1 / (Math.log(rank + 1) / Math.log(2)), Double::sum);
            }
        }
        return exposure;
    }

    private static double rate(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
