package nl.opstap.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import nl.opstap.client.BenefitChange;
import nl.opstap.client.BenefitSpan;
import nl.opstap.client.BenefitStatus;
import nl.opstap.client.ClientId;
import nl.opstap.client.ClientRef;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.placement.PlacementImports.HeldFollowUp;
import nl.opstap.placement.PlacementImports.HistoryImport;
import nl.opstap.placement.PlacementImports.OutflowImport;
import nl.opstap.placement.PlacementImports.PlacementImport;
import nl.opstap.shared.domain.RuleViolation;
import org.junit.jupiter.api.Test;

/** The rules of an imported history: placements as registered, held follow-up, outflows and returns against the benefit. */
class PlacementImportRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final MunicipalityCode STEENWIJKERLAND = new MunicipalityCode("GM1708");
    static final UUID EMPLOYER = UUID.randomUUID();
    static final ClientRef CLIENT = new ClientRef(new ClientId(UUID.randomUUID()), STEENWIJKERLAND, "Steenwijkerland", "Sanne Bakker",
            LocalDate.of(1980, 3, 1), null);
    static final List<BenefitSpan> ON_BENEFIT = List.of(new BenefitSpan(BenefitStatus.RECIPIENT, LocalDate.of(2015, 1, 1), null));
    static final HistoryCheck.Context CONTEXT = new HistoryCheck.Context(FollowUpSchedule.standard(), new RevolvingDoor(Period.ofMonths(12)),
            12, TODAY, (employer, m) -> employer.equals(EMPLOYER) && m.equals(STEENWIJKERLAND), (coach, m) -> false);

    static PlacementImport work(LocalDate start, LocalDate end, HeldFollowUp... held) {
        return new PlacementImport(PlacementType.REGULAR_WORK, null, EMPLOYER, start, end, end == null ? null : "Contract niet verlengd", 32,
                ContractType.FIXED_TERM, false, false, null, List.of(held));
    }

    static HistoryCheck.Checked check(List<PlacementImport> placements, List<OutflowImport> outflows) {
        return HistoryCheck.check(new HistoryImport(CLIENT.id(), placements, outflows), CLIENT, ON_BENEFIT, List.of(), false, CONTEXT);
    }

    static List<String> fields(Runnable check) {
        try {
            check.run();
        } catch (RuleViolation e) {
            return e.violations().stream().map(RuleViolation.Violation::field).toList();
        }
        throw new AssertionError("no violation");
    }

    @Test
    void aFullOutflowEndsTheBenefitAndAReturnStartsItAgainFlaggedByTheWindow() {
        LocalDate start = LocalDate.of(2019, 3, 1);
        HistoryCheck.Checked checked = check(List.of(work(start, LocalDate.of(2019, 9, 30),
                        new HeldFollowUp(1, "werkgever", LocalDate.of(2019, 4, 2), "Gaat goed", false))),
                List.of(new OutflowImport(LocalDate.of(2019, 3, 15), OutflowReason.WORK, OutflowExtent.FULL, 0, LocalDate.of(2019, 11, 1)),
                        new OutflowImport(LocalDate.of(2021, 6, 1), OutflowReason.MOVED, OutflowExtent.FULL, null, LocalDate.of(2023, 1, 1))));
        assertThat(checked.benefit()).containsExactly(new BenefitChange(null, LocalDate.of(2019, 3, 15)),
                new BenefitChange(BenefitStatus.RECIPIENT, LocalDate.of(2019, 11, 1)), new BenefitChange(null, LocalDate.of(2021, 6, 1)),
                new BenefitChange(BenefitStatus.RECIPIENT, LocalDate.of(2023, 1, 1)));
        assertThat(checked.reEntries()).extracting(ReEntry::revolvingDoor).containsExactly(true, false);
        assertThat(checked.outflows().getFirst().placement()).isEqualTo(checked.placements().getFirst().id());
        assertThat(checked.followUps()).hasSize(10).filteredOn(f -> f.held() != null).hasSize(1);
    }

    @Test
    void outflowsComeInDateOrderEachAfterTheReturnBeforeIt() {
        OutflowImport first = new OutflowImport(LocalDate.of(2019, 3, 15), OutflowReason.WORK, OutflowExtent.FULL, null, LocalDate.of(2019, 11, 1));
        assertThat(fields(() -> check(List.of(), List.of(first,
                new OutflowImport(LocalDate.of(2019, 10, 1), OutflowReason.MOVED, OutflowExtent.FULL, null, null)))))
                .containsExactly("outflows[1].date");
        assertThatThrownBy(() -> check(List.of(), List.of(new OutflowImport(first.date(), OutflowReason.WORK, OutflowExtent.FULL, null, null),
                new OutflowImport(LocalDate.of(2020, 1, 1), OutflowReason.MOVED, OutflowExtent.FULL, null, null))))
                .isInstanceOf(RuleViolation.class).satisfies(e -> assertThat(((RuleViolation) e).isConflict()).isTrue())
                .hasMessageContaining("geen lopende uitkeringsstatus");
        assertThat(fields(() -> check(List.of(), List.of(new OutflowImport(first.date(), OutflowReason.WORK, OutflowExtent.FULL, 3, null)))))
                .containsExactly("outflows[0].placement");
    }

    @Test
    void placementsFollowTheRulesOfRegistrationAndNameWhereTheyFail() {
        PlacementImport noReason = new PlacementImport(PlacementType.AFSPRAAKBAAN, null, UUID.randomUUID(), LocalDate.of(2020, 1, 6), null,
                null, 41, null, true, true, UUID.randomUUID(), List.of(new HeldFollowUp(2, "werkgever", LocalDate.of(2020, 3, 6), "x", false)));
        assertThat(fields(() -> check(List.of(noReason), List.of()))).containsExactly("placements[0].whyNotHigher", "placements[0].hours",
                "placements[0].employer", "placements[0].jobcoach");
        PlacementImport held = work(LocalDate.of(2020, 1, 6), null, new HeldFollowUp(2, "werkgever", LocalDate.of(2020, 3, 6), "x", false),
                new HeldFollowUp(1, "werkzoekende", LocalDate.of(2019, 12, 1), "x", false));
        assertThat(fields(() -> check(List.of(held), List.of()))).containsExactly("placements[0].held[0].months", "placements[0].held[1].held");
        PlacementImport wep = new PlacementImport(PlacementType.WORK_EXPERIENCE, "Eerst werkritme opdoen", EMPLOYER, LocalDate.of(2020, 1, 6),
                null, null, 24, ContractType.NONE, false, false, null, List.of());
        assertThatThrownBy(() -> check(List.of(wep, wep), List.of())).isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).violations().getFirst().field()).isEqualTo("placements[1].type"));
    }
}
