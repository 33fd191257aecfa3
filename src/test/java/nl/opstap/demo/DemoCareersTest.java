package nl.opstap.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import nl.opstap.client.BenefitSpan;
import nl.opstap.client.BenefitStatus;
import nl.opstap.client.ClientId;
import nl.opstap.client.ClientRef;
import nl.opstap.diagnosis.Perspective;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.placement.OutflowExtent;
import nl.opstap.placement.PlacementImports.HistoryImport;
import nl.opstap.placement.PlacementImports.OutflowImport;
import org.junit.jupiter.api.Test;

/** The demo careers: the AOW age, the same histories from the same seed, and the benefit on the reference date left alone. */
class DemoCareersTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final LocalDate REFERENCE = DemoPeople.REFERENCE_DATE;

    static List<HistoryImport> histories(long seed) {
        Random people = new Random(1);
        List<DemoCareers.Person> all = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            ClientRef ref = new ClientRef(new ClientId(new UUID(0, i)), new MunicipalityCode("GM1708"), "Steenwijkerland", "Client " + i,
                    REFERENCE.minusYears(20 + people.nextInt(45)), null);
            all.add(new DemoCareers.Person(ref, Perspective.values()[people.nextInt(Perspective.values().length)],
                    new BenefitSpan(BenefitStatus.RECIPIENT, REFERENCE.minusDays(30 + people.nextInt(3000)), null)));
        }
        Random random = new Random(seed);
        DemoPlacementTerms terms = new DemoPlacementTerms(random, TODAY, List.of(1, 3, 6, 9, 12), List.of("werkgever", "werkzoekende"));
        return new DemoCareers(random, TODAY, REFERENCE, terms, List.of(UUID.randomUUID()), UUID.randomUUID(), all).run(0.11);
    }

    @Test
    void theAowAgeRisesFromSixtySixAndFourMonthsToSixtySeven() {
        assertThat(DemoCareer.aowDate(LocalDate.of(1953, 1, 10))).isEqualTo(LocalDate.of(2019, 5, 10));
        assertThat(DemoCareer.aowDate(LocalDate.of(1956, 1, 10))).isEqualTo(LocalDate.of(2022, 8, 10));
        assertThat(DemoCareer.aowDate(LocalDate.of(1956, 9, 10))).isEqualTo(LocalDate.of(2023, 7, 10));
        assertThat(DemoCareer.aowDate(LocalDate.of(1958, 1, 10))).isEqualTo(LocalDate.of(2025, 1, 10));
    }

    @Test
    void theSameSeedGivesTheSameHistories() {
        assertThat(histories(7).stream().map(h -> h.outflows().size() + "/" + h.placements().size()).toList())
                .isEqualTo(histories(7).stream().map(h -> h.outflows().size() + "/" + h.placements().size()).toList());
    }

    @Test
    void aFullOutflowBeforeTheReferenceDateReturnsBeforeItAndOutflowsComeInOrder() {
        List<HistoryImport> histories = histories(7);
        assertThat(histories).isNotEmpty();
        for (HistoryImport h : histories) {
            LocalDate after = LocalDate.MIN;
            for (OutflowImport o : h.outflows()) {
                assertThat(o.date()).isAfterOrEqualTo(after);
                if (o.extent() == OutflowExtent.FULL && !o.date().isAfter(REFERENCE)) {
                    assertThat(o.reEntry()).isNotNull().isAfter(o.date()).isBeforeOrEqualTo(REFERENCE);
                }
                after = o.reEntry() != null ? o.reEntry().plusDays(1) : o.date();
            }
        }
    }
}
