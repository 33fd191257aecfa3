package nl.opstap.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Dutch explanation of a result: one line per criterion, meaning and points, and the logged one-line summary. */
class ExplanationTextTest {

    private static Match match(double requiredFit, double desiredFit, int desired, double ladderFit, double testFit) {
        return new Match(7, 6.5, List.of(
                new Match.Contribution("occupation", 1, 3, 3), new Match.Contribution("requiredSkills", requiredFit, 4, 4 * requiredFit),
                new Match.Contribution("desiredSkills", desiredFit, 1.5, 1.5 * desiredFit), new Match.Contribution("sector", 0, 1, 0),
                new Match.Contribution("education", 0.5, 1, 0.5), new Match.Contribution("experience", 0, 2, 0),
                new Match.Contribution("testResult", testFit, 1, testFit), new Match.Contribution("ladderStep", ladderFit, 1, ladderFit),
                new Match.Contribution("distance", 0.5, 2, 1)), new int[] {1, 2}, new int[] {3}, 12.34, desired);
    }

    @Test
    void eachCriterionIsExplainedInDutchWithItsPoints() {
        List<MatchResult.Line> lines = ExplanationText.of(match(2 / 3.0, 0.5, 2, 0.6, 1));
        assertThat(lines).extracting(MatchResult.Line::label).containsExactly("Beroep", "Vereiste vaardigheden", "Gewenste vaardigheden",
                "Sector", "Opleidingsniveau", "Werkervaring", "Testuitslag", "Trede participatieladder", "Afstand");
        assertThat(lines).extracting(MatchResult.Line::explanation).containsExactly("het beroep is een van de interesses",
                "2 van de 3 vereiste vaardigheden aanwezig", "1 van de 2 gewenste vaardigheden aanwezig", "de sector is geen voorkeurssector",
                "één niveau onder het gevraagde", "geen werkervaring in dit beroep", "assessment categorie 1", "trede 4 van 6", "12,3 km");
        assertThat(lines.get(1).points()).isEqualTo(2.7);
        assertThat(lines.get(1).maxPoints()).isEqualTo(4);
    }

    @Test
    void noDesiredSkillsAndNoAssessmentAreSaidSo() {
        List<MatchResult.Line> lines = ExplanationText.of(match(1, 1, 0, 0, 0));
        assertThat(lines.get(2).explanation()).isEqualTo("geen vaardigheden gewenst");
        assertThat(lines.get(6).explanation()).isEqualTo("geen praktijk- of sectorassessment met categorie");
        assertThat(lines.get(7).explanation()).isEqualTo("trede 1 van 6");
    }

    @Test
    void theSummaryHoldsTheScoreAndEveryCriterion() {
        String summary = ExplanationText.summary(match(1, 1, 1, 1, 1));
        assertThat(summary).startsWith("Score 6,5 | Beroep: het beroep is een van de interesses (3,0 van 3,0)").contains("Afstand: 12,3 km (1,0 van 2,0)");
    }
}
