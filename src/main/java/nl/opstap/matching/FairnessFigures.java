package nl.opstap.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import nl.opstap.client.Gender;
import nl.opstap.matching.FairnessReport.Outcome;
import nl.opstap.shared.domain.Coded;
import org.jspecify.annotations.Nullable;

/**
 * Rule: what the fairness report may show, per dimension (geslacht, leeftijdsgroep). A group with fewer than 5
 * candidates is shown only as small; its members then count in neither dimension and their places in the top 10 in
 * no group's exposure, so that nothing about them follows by subtraction. Dropping them can make another group small,
 * so this repeats until nothing changes. Impact ratios are against the most favoured group shown; exposure shares are
 * among the groups shown (places of hidden candidates keep their position but count for no group).
 */
final class FairnessFigures {

    static final int MIN_GROUP = 5;
    static final String GENDER = "geslacht";
    static final String AGE = "leeftijdsgroep";
    private static final Outcome HIDDEN = new Outcome("", "", false, false);
    private static final List<String> ORDER = List.of("man", "vrouw", "anders", "onbekend", "tot 27", "27-49", "50+");

    /** One group: small (figures null), or its figures with the exposure share renormalised over the groups shown. */
    record Row(String group, boolean small, FairnessReport.@Nullable Group figures, @Nullable Double exposureShare) {

        /** Exposure share against the share of the candidates (1.0 = proportional); null without lists shown. */
        public @Nullable Double exposureRatio() {
            return figures == null || exposureShare == null || figures.candidateShare() == 0 ? null : exposureShare / figures.candidateShare();
        }

        /** The message key of the group's name. */
        public String labelKey() {
            return switch (group) {
                case "tot 27" -> "fairness.age.young";
                case "27-49" -> "fairness.age.middle";
                case "50+" -> "fairness.age.older";
                default -> "gender." + Coded.fromCode(Gender.class, group).name();
            };
        }
    }

    record Dimension(String code, List<Row> rows) {

        /** How many groups have an impact ratio below four fifths. */
        public long flagged() {
            return rows.stream().filter(r -> r.figures() != null && r.figures().flagged()).count();
        }
    }

    private FairnessFigures() {}

    /** Whether a pair has reached voorgedragen: afgewezen can only follow voorgedragen or uitgenodigd. */
    static boolean selected(PairStatus status) {
        return switch (status) {
            case PUT_FORWARD, INVITED, HIRED, REJECTED -> true;
            case PROPOSED, SUITABLE, UNSUITABLE -> false;
        };
    }

    static List<Dimension> of(List<Outcome> outcomes, List<List<Outcome>> rankings) {
        Set<String> smallGenders = new HashSet<>();
        Set<String> smallAges = new HashSet<>();
        List<Outcome> kept = outcomes;
        boolean changed = true;
        while (changed) {
            changed = smallGenders.addAll(small(kept, Outcome::gender)) | smallAges.addAll(small(kept, Outcome::ageBand));
            kept = outcomes.stream().filter(o -> !smallGenders.contains(o.gender()) && !smallAges.contains(o.ageBand())).toList();
        }
        Predicate<Outcome> hidden = o -> smallGenders.contains(o.gender()) || smallAges.contains(o.ageBand());
        List<List<Outcome>> masked = rankings.stream().map(list -> list.stream().map(o -> hidden.test(o) ? HIDDEN : o).toList()).toList();
        return List.of(dimension(GENDER, outcomes, kept, masked, Outcome::gender), dimension(AGE, outcomes, kept, masked, Outcome::ageBand));
    }

    private static Dimension dimension(String code, List<Outcome> all, List<Outcome> kept, List<List<Outcome>> masked,
                                       Function<Outcome, String> groupOf) {
        List<FairnessReport.Group> groups = FairnessReport.of(kept, masked, groupOf);
        double shown = groups.stream().mapToDouble(FairnessReport.Group::exposureShare).sum();
        List<Row> rows = new ArrayList<>();
        groups.forEach(g -> rows.add(new Row(g.group(), false, g, shown == 0 ? null : g.exposureShare() / shown)));
        Set<String> small = new HashSet<>();
        all.forEach(o -> small.add(groupOf.apply(o)));
        groups.forEach(g -> small.remove(g.group()));
        small.forEach(s -> rows.add(new Row(s, true, null, null)));
        rows.sort(Comparator.comparing((Row r) -> ORDER.indexOf(r.group()) < 0 ? ORDER.size() : ORDER.indexOf(r.group()))
                .thenComparing(Row::group));
        return new Dimension(code, List.copyOf(rows));
    }

    /** The groups with at least one but fewer than {@link #MIN_GROUP} candidates. */
    private static Set<String> small(List<Outcome> outcomes, Function<Outcome, String> groupOf) {
        Map<String, Integer> counts = new HashMap<>();
        outcomes.forEach(o -> counts.merge(groupOf.apply(o), 1, Integer::sum));
        Set<String> small = new HashSet<>();
        counts.forEach((group, n) -> {
            if (n < MIN_GROUP) {
                small.add(group);
            }
        });
        return small;
    }
}
