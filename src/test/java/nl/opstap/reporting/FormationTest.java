package nl.opstap.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opstap.organisation.OrganisationId;
import nl.opstap.shared.domain.RuleViolation;
import org.junit.jupiter.api.Test;

/** The formation arithmetic with seed 003's figures (Tabel II totals computed from the data: Zorg 134, Nog niet bekend 39). */
class FormationTest {

    static final List<String> PERSPECTIVES = List.of("PARTTIME_WERK", "WERK", "PARTICIPATIE", "ZORG", "NOG_NIET_BEKEND");

    static Formation seed(BigDecimal cost) {
        Map<String, BigDecimal> items = new LinkedHashMap<>();
        items.put("WGSP", new BigDecimal("4.5"));
        items.put("WEP", new BigDecimal("1.0"));
        items.put("Jobcoaches", new BigDecimal("3.0"));
        items.put("Overhead", new BigDecimal("1.9"));
        items.put("Administratie", new BigDecimal("1.6"));
        return Formation.of(PERSPECTIVES, Map.of("PARTTIME_WERK", 133L, "WERK", 606L, "PARTICIPATIE", 277L, "ZORG", 134L, "NOG_NIET_BEKEND", 39L),
                Map.of("PARTTIME_WERK", bd(90), "WERK", bd(80), "PARTICIPATIE", bd(70), "ZORG", bd(140), "NOG_NIET_BEKEND", bd(90)), items, cost);
    }

    @Test
    void fteIsClientsOverNormUnroundedAndRounded() {
        Formation f = seed(new BigDecimal("76216.79"));
        assertThat(f.caseload()).extracting(l -> l.fte().toPlainString())
                .containsExactly("1.4778", "7.5750", "3.9571", "0.9571", "0.4333");
        assertThat(f.caseload()).extracting(l -> l.rounded().toPlainString()).containsExactly("1.5", "7.6", "4.0", "1.0", "0.4");
        assertThat(f.caseloadFte()).isEqualByComparingTo("14.4003");
        assertThat(f.itemsFte()).isEqualByComparingTo("12.0");
        assertThat(f.totalFte()).isEqualByComparingTo("26.4003");
        assertThat(Formation.roundFte(f.totalFte())).isEqualByComparingTo("26.4");
        assertThat(f.budget()).isEqualByComparingTo("2012146.12");
        assertThat(Formation.roundEuro(f.budget())).isEqualByComparingTo("2012146");
    }

    @Test
    void aPerspectiveWithClientsButNoNormIsNamedNotCountedAsZero() {
        Formation f = Formation.of(PERSPECTIVES, Map.of("WERK", 80L, "ZORG", 3L), Map.of("WERK", bd(80)), Map.of(), null);
        assertThat(f.withoutNorm()).containsExactly("ZORG");
        assertThat(f.totalFte()).isEqualByComparingTo("1");
        assertThat(f.budget()).isNull();
    }

    @Test
    void aNormOfZeroIsRefusedWithAClearMessage() {
        OrganisationId org = new OrganisationId(UUID.randomUUID());
        assertThatThrownBy(() -> new FormationSetting(org, FormationSetting.Kind.NORM, "WERK", BigDecimal.ZERO, LocalDate.of(2019, 1, 1)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("groter zijn dan 0");
        assertThat(new FormationSetting(org, FormationSetting.Kind.ITEM, "WEP", BigDecimal.ZERO, LocalDate.of(2019, 1, 1)).amount()).isZero();
    }

    @Test
    void scenariosAddUpLikeTheSeed() {
        BudgetScenario plan = new BudgetScenario(UUID.randomUUID(), new OrganisationId(UUID.randomUUID()), "Plan", List.of(
                new BudgetScenario.Line("Begroting", new BigDecimal("1025168")), new BudgetScenario.Line("Uitbreiding", new BigDecimal("971712"))));
        assertThat(plan.total()).isEqualByComparingTo("1996880");
    }

    @Test
    void dutchNumbersAreReadAsPeopleTypeThem() {
        assertThat(Amounts.parse("1.025.168", "x", "het bedrag")).isEqualByComparingTo("1025168");
        assertThat(Amounts.parse("4,5", "x", "het bedrag")).isEqualByComparingTo("4.5");
        assertThat(Amounts.parse("76216.79", "x", "het bedrag")).isEqualByComparingTo("76216.79");
        assertThatThrownBy(() -> Amounts.parse("vier", "x", "het bedrag")).isInstanceOf(RuleViolation.class);
    }

    private static BigDecimal bd(int value) {
        return BigDecimal.valueOf(value);
    }
}
