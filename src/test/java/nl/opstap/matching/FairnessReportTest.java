package nl.opstap.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FairnessReportTest {

    private static List<FairnessReport.Outcome> people(String gender, int count, int proposed, int selected) {
        List<FairnessReport.Outcome> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(new FairnessReport.Outcome(gender, "27-49", i < proposed, i < selected));
        }
        return list;
    }

    @Test
    void ratesAndImpactRatiosAgainstTheMostFavouredGroupFlagBelowFourFifths() {
        List<FairnessReport.Outcome> all = new ArrayList<>(people("man", 100, 50, 20));
        all.addAll(people("vrouw", 100, 45, 10));
        List<FairnessReport.Group> groups = FairnessReport.of(all, List.of(), FairnessReport.Outcome::gender);
        FairnessReport.Group men = groups.get(0);
        FairnessReport.Group women = groups.get(1);
        assertThat(men.group()).isEqualTo("man");
        assertThat(men.proposalImpact()).isEqualTo(1.0);
        assertThat(men.flagged()).isFalse();
        assertThat(women.proposalRate()).isEqualTo(0.45);
        assertThat(women.proposalImpact()).isCloseTo(0.9, within(1e-9));
        assertThat(women.selectionImpact()).isCloseTo(0.5, within(1e-9));
        assertThat(women.flagged()).as("selection 0.10 against 0.20 is below four fifths").isTrue();
    }

    @Test
    void exactlyFourFifthsIsNotFlaggedAndNoSelectionsGiveNoRatio() {
        List<FairnessReport.Outcome> all = new ArrayList<>(people("man", 10, 5, 0));
        all.addAll(people("vrouw", 10, 4, 0));
        FairnessReport.Group women = FairnessReport.of(all, List.of(), FairnessReport.Outcome::gender).get(1);
        assertThat(women.proposalImpact()).isCloseTo(0.8, within(1e-9));
        assertThat(women.selectionImpact()).isNull();
        assertThat(women.flagged()).isFalse();
    }

    @Test
    void exposureWeighsTheTopPositionsMostAndIgnoresBeyondTen() {
        FairnessReport.Outcome young = new FairnessReport.Outcome("vrouw", "tot 27", false, false);
        FairnessReport.Outcome older = new FairnessReport.Outcome("man", "50+", false, false);
        List<FairnessReport.Outcome> ranking = new ArrayList<>(List.of(older));
        for (int i = 0; i < 10; i++) {
            ranking.add(young);
        }
        List<FairnessReport.Group> groups = FairnessReport.of(List.of(young, older), List.of(ranking), FairnessReport.Outcome::ageBand);
        double top = 1.0;
        double rest = 0;
        for (int rank = 2; rank <= 10; rank++) {
            rest += 1 / (Math.log(rank + 1) / Math.log(2));
        }
        FairnessReport.Group fifty = groups.stream().filter(g -> g.group().equals("50+")).findFirst().orElseThrow();
        assertThat(fifty.exposureShare()).isCloseTo(top / (top + rest), within(1e-9));
        assertThat(fifty.exposureRatio()).isCloseTo(fifty.exposureShare() / 0.5, within(1e-9));
    }

    @Test
    void ageBandsFollowTheLabourMarketStatistics() {
        assertThat(FairnessReport.ageBand(26)).isEqualTo("tot 27");
        assertThat(FairnessReport.ageBand(27)).isEqualTo("27-49");
        assertThat(FairnessReport.ageBand(49)).isEqualTo("27-49");
        assertThat(FairnessReport.ageBand(50)).isEqualTo("50+");
    }
}
