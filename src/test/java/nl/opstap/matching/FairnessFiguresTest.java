package nl.opstap.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import nl.opstap.matching.FairnessFigures.Dimension;
import nl.opstap.matching.FairnessFigures.Row;
import nl.opstap.matching.FairnessReport.Outcome;
import org.junit.jupiter.api.Test;

class FairnessFiguresTest {

    private static List<Outcome> people(String gender, String age, int count, int proposed) {
        List<Outcome> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(new Outcome(gender, age, i < proposed, false));
        }
        return list;
    }

    private static Row row(Dimension d, String group) {
        return d.rows().stream().filter(r -> r.group().equals(group)).findFirst().orElseThrow();
    }

    @Test
    void aGroupOfFewerThanFiveIsOnlyShownAsSmallAndCountsInNeitherDimension() {
        List<Outcome> all = new ArrayList<>(people("man", "27-49", 10, 5));
        all.addAll(people("vrouw", "tot 27", 5, 2));
        all.addAll(people("vrouw", "27-49", 5, 2));
        all.addAll(people("anders", "27-49", 3, 3));
        List<Dimension> dims = FairnessFigures.of(all, List.of());
        Dimension gender = dims.get(0);
        assertThat(gender.code()).isEqualTo("geslacht");
        assertThat(gender.rows()).extracting(Row::group).containsExactly("man", "vrouw", "anders");
        assertThat(row(gender, "anders").small()).isTrue();
        assertThat(row(gender, "anders").figures()).isNull();
        Dimension age = dims.get(1);
        assertThat(row(age, "27-49").figures().candidates()).as("the three in the small group are left out").isEqualTo(15);
        assertThat(row(age, "27-49").figures().proposed()).isEqualTo(7);
    }

    @Test
    void leavingOutASmallGroupCanMakeAnotherGroupSmallUntilNothingChanges() {
        List<Outcome> all = new ArrayList<>(people("man", "27-49", 10, 0));
        all.addAll(people("vrouw", "27-49", 4, 0));
        all.addAll(people("vrouw", "50+", 1, 0));
        List<Dimension> dims = FairnessFigures.of(all, List.of());
        assertThat(row(dims.get(0), "vrouw").small()).isTrue();
        assertThat(row(dims.get(1), "50+").small()).isTrue();
        assertThat(row(dims.get(1), "27-49").figures().candidates()).isEqualTo(10);
        assertThat(row(dims.get(0), "man").figures().candidateShare()).isEqualTo(1.0);
    }

    @Test
    void impactRatiosAreAgainstTheMostFavouredGroupShownNotAHiddenOne() {
        List<Outcome> all = new ArrayList<>(people("man", "27-49", 10, 5));
        all.addAll(people("vrouw", "27-49", 10, 4));
        all.addAll(people("anders", "27-49", 3, 3));
        Dimension gender = FairnessFigures.of(all, List.of()).get(0);
        assertThat(row(gender, "man").figures().proposalImpact()).isEqualTo(1.0);
        assertThat(row(gender, "vrouw").figures().proposalImpact()).isCloseTo(0.8, within(1e-9));
        assertThat(row(gender, "vrouw").figures().flagged()).as("exactly four fifths").isFalse();
        assertThat(gender.flagged()).isZero();
    }

    @Test
    void hiddenCandidatesKeepTheirPlaceInTheTopTenButCountForNoGroup() {
        List<Outcome> all = new ArrayList<>(people("man", "27-49", 10, 0));
        all.addAll(people("vrouw", "27-49", 10, 0));
        all.addAll(people("anders", "27-49", 2, 0));
        List<Outcome> list = List.of(new Outcome("anders", "27-49", false, false), new Outcome("man", "27-49", false, false),
                new Outcome("vrouw", "27-49", false, false));
        Dimension gender = FairnessFigures.of(all, List.of(list)).get(0);
        double second = 1 / (Math.log(3) / Math.log(2));
        double third = 0.5;
        assertThat(row(gender, "man").exposureShare()).isCloseTo(second / (second + third), within(1e-9));
        assertThat(row(gender, "vrouw").exposureShare()).isCloseTo(third / (second + third), within(1e-9));
        assertThat(row(gender, "man").exposureRatio()).isCloseTo(second / (second + third) / 0.5, within(1e-9));
        assertThat(row(gender, "anders").exposureShare()).isNull();
    }

    @Test
    void withoutListsShownThereIsNoExposure() {
        Row men = row(FairnessFigures.of(people("man", "50+", 6, 1), List.of()).get(0), "man");
        assertThat(men.exposureShare()).isNull();
        assertThat(men.exposureRatio()).isNull();
    }

    @Test
    void selectedMeansThePairReachedPutForward() {
        assertThat(List.of(PairStatus.values())).filteredOn(FairnessFigures::selected)
                .containsExactly(PairStatus.PUT_FORWARD, PairStatus.INVITED, PairStatus.HIRED, PairStatus.REJECTED);
        assertThat(PairStatus.PROPOSED.canBecome(PairStatus.REJECTED) || PairStatus.SUITABLE.canBecome(PairStatus.REJECTED))
                .as("afgewezen only after voorgedragen, so an afgewezen pair was selected").isFalse();
    }

    @Test
    void groupsAreNamedByMessageKeys() {
        assertThat(List.of("man", "vrouw", "anders", "onbekend", "tot 27", "27-49", "50+").stream()
                .map(g -> new Row(g, true, null, null).labelKey()))
                .containsExactly("gender.MALE", "gender.FEMALE", "gender.OTHER", "gender.UNKNOWN", "fairness.age.young",
                        "fairness.age.middle", "fairness.age.older");
    }
}
