package nl.opstap.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.taxonomy.Sector;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class DiagnosisRulesTest {

    static final List<Sector> SECTORS = List.of(new Sector("PRODUCTIE", "Productie/uitvoerend", true, false, 1),
            new Sector("BOUW", "Bouw", true, false, 2), new Sector("GROEN", "Groen", true, false, 3),
            new Sector("HORECA", "Horeca", true, false, 4), new Sector("OUD", "Oud", false, true, 5));

    private static String refusal(Runnable action) {
        try {
            action.run();
        } catch (RuleViolation e) {
            return e.violations().getFirst().field() + ":" + e.violations().getFirst().code();
        }
        return "accepted";
    }

    @Test
    void sectorChoiceIsOneToThreeDistinctActiveKnownSectors() {
        assertThat(SectorChoice.check(List.of("BOUW", "GROEN", "HORECA"), SECTORS, Object.class, "sectors")).hasSize(3);
        assertThat(refusal(() -> SectorChoice.check(List.of("BOUW", "GROEN", "HORECA", "PRODUCTIE"), SECTORS, Object.class, "sectors")))
                .isEqualTo("sectors:max");
        assertThat(refusal(() -> SectorChoice.check(List.of(), SECTORS, Object.class, "sectors"))).isEqualTo("sectors:required");
        assertThat(refusal(() -> SectorChoice.check(List.of("BOUW", "BOUW"), SECTORS, Object.class, "sectors"))).isEqualTo("sectors:duplicate");
        assertThat(refusal(() -> SectorChoice.check(List.of("ZEEVAART"), SECTORS, Object.class, "sectors"))).isEqualTo("sectors:unknown");
        assertThat(refusal(() -> SectorChoice.check(List.of("OUD"), SECTORS, Object.class, "sectors"))).isEqualTo("sectors:inactive");
    }

    static Map<ZrmDomain, @Nullable Integer> all(int score) {
        Map<ZrmDomain, @Nullable Integer> raw = new EnumMap<>(ZrmDomain.class);
        for (ZrmDomain d : ZrmDomain.values()) {
            raw.put(d, score);
        }
        return raw;
    }

    @Test
    void aZrmAssessmentScoresAllThirteenDomainsOneToFive() {
        assertThat(ZrmDomain.values()).hasSize(13);
        assertThat(ZrmAssessment.check(all(3), "ZRM 2017", Object.class)).hasSize(13).containsEntry(ZrmDomain.JUSTICE, ZrmScore.LIMITED);
        Map<ZrmDomain, @Nullable Integer> missing = all(3);
        missing.remove(ZrmDomain.JUSTICE);
        assertThat(refusal(() -> ZrmAssessment.check(missing, "ZRM 2017", Object.class))).isEqualTo("justice:required");
        Map<ZrmDomain, @Nullable Integer> high = all(3);
        high.put(ZrmDomain.WORK_EDUCATION, 6);
        assertThat(refusal(() -> ZrmAssessment.check(high, "ZRM 2017", Object.class))).isEqualTo("workEducation:range");
        assertThat(refusal(() -> ZrmAssessment.check(all(0), "ZRM 2017", Object.class))).isEqualTo("finances:range");
        assertThat(refusal(() -> ZrmAssessment.check(all(3), "ZRM 2010", Object.class))).isEqualTo("version:version");
    }

    @Test
    void zrmReadOutsLowestDomainsAndChange() {
        Map<ZrmDomain, ZrmScore> earlier = ZrmAssessment.check(all(3), "ZRM 2017", Object.class);
        Map<ZrmDomain, ZrmScore> later = new EnumMap<>(earlier);
        later.put(ZrmDomain.HOUSING, ZrmScore.ACUTE);
        later.put(ZrmDomain.FINANCES, ZrmScore.FULLY);
        assertThat(ZrmAssessment.lowest(later)).containsExactly(ZrmDomain.HOUSING);
        assertThat(ZrmAssessment.change(earlier, later)).containsEntry(ZrmDomain.FINANCES, 2).containsEntry(ZrmDomain.HOUSING, -2)
                .containsEntry(ZrmDomain.JUSTICE, 0);
    }

    @Test
    void datesAreNotInTheFutureNotBeforeBirthAndEndAfterStart() {
        LocalDate today = LocalDate.of(2025, 6, 1);
        LocalDate birth = LocalDate.of(1990, 1, 1);
        assertThat(refusal(() -> DiagnosisDates.check(today, null, today, birth, Object.class, "from", "to"))).isEqualTo("accepted");
        assertThat(refusal(() -> DiagnosisDates.check(today.plusDays(1), null, today, birth, Object.class, "from", "to"))).isEqualTo("from:future");
        assertThat(refusal(() -> DiagnosisDates.check(birth.minusDays(1), null, today, birth, Object.class, "from", "to"))).isEqualTo("from:beforeBirth");
        assertThat(refusal(() -> DiagnosisDates.check(today, today, today, birth, Object.class, "from", "to"))).isEqualTo("to:order");
        assertThat(refusal(() -> DiagnosisDates.check(today.minusDays(5), today.plusYears(1), today, birth, Object.class, "from", "to")))
                .isEqualTo("accepted");
    }

    @Test
    void ladderStepsPerspectivesAndCodes() {
        assertThat(LadderRise.between(LadderStep.STEP_2, LadderStep.STEP_4)).isEqualTo(2);
        assertThat(LadderRise.between(LadderStep.STEP_5, LadderStep.STEP_3)).isEqualTo(-2);
        assertThat(LadderStep.ofNumber(6).label()).isEqualTo("Betaald werk");
        assertThatThrownBy(() -> LadderStep.ofNumber(7)).isInstanceOf(IllegalArgumentException.class);
        assertThat(List.of(Perspective.values()).stream().filter(Perspective::hasWorkCapacity))
                .containsExactly(Perspective.PARTTIME_WERK, Perspective.WERK);
        assertThat(CurrentSituation.of("leren-ontwikkelen")).isEqualTo(CurrentSituation.LEREN_ONTWIKKELEN);
        assertThat(ZrmScore.ofNumber(1).label()).isEqualTo("Acute problematiek");
        assertThat(ZrmAssessment.fieldOf(ZrmDomain.SOCIAL_PARTICIPATION)).isEqualTo("socialParticipation");
        for (ZrmDomain d : ZrmDomain.values()) {
            assertThat(DiagnosisCommands.ZrmChange.class.getRecordComponents()).anySatisfy(c -> assertThat(c.getName()).isEqualTo(ZrmAssessment.fieldOf(d)));
        }
    }
}
