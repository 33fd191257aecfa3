package nl.opstap.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.opstap.access.UserId;
import nl.opstap.client.ClientId;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.shared.domain.RuleViolation;
import org.junit.jupiter.api.Test;

class PlanTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private final Actor by = new Actor(new UserId(UUID.randomUUID()), "Consulent", Instant.parse("2026-03-10T09:00:00Z"));

    private static PlanContent content(String goal) {
        return new PlanContent("Werk", TODAY.plusMonths(6), goal == null ? List.of() : List.of(new PlanContent.Goal(goal, null)),
                List.of(new PlanContent.Agreement(Party.CLIENT, "Solliciteert")),
                List.of(new PlanContent.Step("Cv maken", TODAY.plusDays(14), null, Party.CLIENT)));
    }

    private Plan concept(String goal) {
        return Plan.start(ClientId.random(), new MunicipalityCode("GM1708"), content(goal), TODAY.minusDays(30), TODAY, by);
    }

    @Test
    void goesFromConceptToFixedToRevisedToClosedKeepingEveryVersion() {
        Plan plan = concept("Werk vinden");
        plan.edit(content("Werk vinden binnen een jaar"), TODAY, by);
        assertThat(plan.versions()).hasSize(1);
        plan.approve(TODAY.minusDays(20), TODAY, by);
        plan.revise(content("Parttime werk"), "Evaluatie", TODAY.minusDays(5), TODAY, by);
        plan.close("Uitgestroomd naar werk", TODAY, TODAY, by);
        assertThat(plan.versions()).extracting(PlanVersion::status).containsExactly(PlanStatus.CONCEPT, PlanStatus.VASTGESTELD,
                PlanStatus.HERZIEN, PlanStatus.AFGESLOTEN);
        assertThat(plan.version(2).content().goals().getFirst().text()).isEqualTo("Werk vinden binnen een jaar");
        assertThat(plan.version(3).content().goals().getFirst().text()).isEqualTo("Parttime werk");
        assertThat(plan.version(3).reason()).isEqualTo("Evaluatie");
    }

    @Test
    void aConceptNeedsAGoalAndADateNotInTheFutureToBeFixed() {
        Plan empty = concept(null);
        assertThatThrownBy(() -> empty.approve(TODAY, TODAY, by)).isInstanceOf(RuleViolation.class).hasMessageContaining("doel");
        Plan plan = concept("Werk");
        assertThatThrownBy(() -> plan.approve(TODAY.plusDays(1), TODAY, by)).hasMessageContaining("toekomst");
        assertThatThrownBy(() -> plan.approve(TODAY.minusDays(60), TODAY, by)).hasMessageContaining("vóór");
        assertThat(plan.status()).isEqualTo(PlanStatus.CONCEPT);
    }

    @Test
    void illegalTransitionsAreRefused() {
        Plan plan = concept("Werk");
        assertThatThrownBy(() -> plan.revise(content("X"), "reden", TODAY, TODAY, by)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("concept");
        plan.approve(TODAY, TODAY, by);
        assertThatThrownBy(() -> plan.edit(content("X"), TODAY, by)).hasMessageContaining("herzien");
        assertThatThrownBy(() -> plan.approve(TODAY, TODAY, by)).hasMessageContaining("Alleen een concept");
        assertThatThrownBy(() -> plan.revise(content("X"), " ", TODAY, TODAY, by)).hasMessageContaining("reden");
        plan.close("Verhuisd", TODAY, TODAY, by);
        assertThatThrownBy(() -> plan.close("Nog eens", TODAY, TODAY, by)).hasMessageContaining("al afgesloten");
        assertThatThrownBy(() -> plan.revise(content("X"), "r", TODAY, TODAY, by)).hasMessageContaining("afgesloten");
        assertThatThrownBy(() -> plan.edit(content("X"), TODAY, by)).hasMessageContaining("afgesloten");
        assertThat(plan.versions()).hasSize(3);
    }

    @Test
    void contentDatesAreChecked() {
        PlanContent doneLater = new PlanContent(null, null, List.of(new PlanContent.Goal("Werk", null)), List.of(),
                List.of(new PlanContent.Step("Stap", TODAY, TODAY.plusDays(1), Party.SERVICE)));
        assertThatThrownBy(() -> Plan.start(ClientId.random(), new MunicipalityCode("GM1708"), doneLater, TODAY, TODAY, by))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("toekomst");
        PlanContent reviewBefore = new PlanContent(null, TODAY.minusDays(1), List.of(), List.of(), List.of());
        assertThatThrownBy(() -> Plan.start(ClientId.random(), new MunicipalityCode("GM1708"), reviewBefore, TODAY, TODAY, by))
                .hasMessageContaining("herbeoordelingsdatum");
    }

    @Test
    void theFormDropsRowsLeftEmpty() {
        PlanContent content = new PlanContent(" ", null, List.of(new PlanContent.Goal(" ", null), new PlanContent.Goal("Werk", null)),
                List.of(new PlanContent.Agreement(Party.CLIENT, "")), List.of(new PlanContent.Step(null, null, null, null)));
        PlanContent cleaned = content.withoutBlankRows();
        assertThat(cleaned.goals()).hasSize(1);
        assertThat(cleaned.agreements()).isEmpty();
        assertThat(cleaned.steps()).isEmpty();
        assertThat(cleaned.perspective()).isNull();
    }
}
