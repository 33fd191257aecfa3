package nl.opstap.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.opstap.client.BenefitSpan;
import nl.opstap.client.BenefitStatus;
import nl.opstap.placement.PlacementImports.HistoryImport;
import nl.opstap.placement.PlacementImports.OutflowImport;
import nl.opstap.placement.PlacementType;
import org.jspecify.annotations.Nullable;

/** One demo client's history while it is simulated: what happened so far and where the client stands. */
final class DemoCareer {

    final DemoCareers.Person person;
    /** The day the client reaches the AOW age and leaves the benefit for a pension. */
    final LocalDate aow;
    /** Whether the client holds the benefit (a partner in a benefit household flows out only partly here). */
    final boolean recipient;
    final List<DemoPlacementTerms.Draft> placements = new ArrayList<>();
    final List<OutflowImport> outflows = new ArrayList<>();
    /** The first day a next placement or outflow may start; null once there is none (left for good, or in a lasting placement). */
    @Nullable LocalDate free;
    /** A placement without an end that keeps the client from another. */
    DemoPlacementTerms.@Nullable Draft lasting;
    /** Whether a paying benefit runs, so the client can flow out. */
    boolean onBenefit;

    DemoCareer(DemoCareers.Person person, LocalDate first) {
        this.person = person;
        BenefitSpan benefit = person.benefit();
        this.onBenefit = benefit != null && benefit.paysBenefit() && benefit.to() == null;
        this.recipient = onBenefit && benefit.status() == BenefitStatus.RECIPIENT;
        LocalDate born = person.ref().dateOfBirth();
        this.aow = aowDate(born);
        LocalDate from = benefit == null || benefit.from().plusMonths(1).isBefore(first) ? first : benefit.from().plusMonths(1);
        this.free = born.plusYears(18).isAfter(from) ? born.plusYears(18) : from;
    }

    /** The last day a placement may start: half a year before the AOW age. */
    LocalDate lastStart() {
        return aow.minusMonths(6);
    }

    boolean freeIn(LocalDate from, LocalDate to) {
        return free != null && !free.isAfter(to) && !lastStart().isBefore(free.isAfter(from) ? free : from);
    }

    boolean hadSheltered() {
        return placements.stream().anyMatch(p -> p.type == PlacementType.SHELTERED_WORK);
    }

    HistoryImport toImport(DemoPlacementTerms terms) {
        return new HistoryImport(person.ref().id(), placements.stream().map(terms::toImport).toList(), outflows);
    }

    /** The AOW age: 66 and 4 months up to 2021, 66 and 7 months in 2022, 66 and 10 months in 2023, 67 from 2024. */
    static LocalDate aowDate(LocalDate born) {
        LocalDate at = born.plusYears(66).plusMonths(4);
        if (at.getYear() <= 2021) {
            return at;
        }
        at = born.plusYears(66).plusMonths(7);
        if (at.getYear() <= 2022) {
            return at;
        }
        at = born.plusYears(66).plusMonths(10);
        return at.getYear() <= 2023 ? at : born.plusYears(67);
    }
}
