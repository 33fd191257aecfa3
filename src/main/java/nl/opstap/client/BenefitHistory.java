package nl.opstap.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.opstap.access.UserId;
import nl.opstap.shared.domain.RuleViolation;

/**
 * Rule for the benefit status timeline: periods follow each other without overlap; a new status
 * starts after the current one started and closes it; ending the benefit closes the open period.
 */
final class BenefitHistory {

    private final List<BenefitPeriod> periods;

    BenefitHistory(List<BenefitPeriod> periods) {
        this.periods = new ArrayList<>(periods);
        this.periods.sort(Comparator.comparing(BenefitPeriod::from));
    }

    List<BenefitPeriod> periods() {
        return List.copyOf(periods);
    }

    Optional<BenefitStatus> statusOn(LocalDate date) {
        return periods.stream().filter(p -> p.holdsOn(date)).map(BenefitPeriod::status).findFirst();
    }

    /** Starts a status on a date; the period holding then ends that day. */
    void start(BenefitStatus status, LocalDate from, Instant now, UserId by) {
        Optional<BenefitPeriod> last = last();
        if (last.isPresent() && !from.isAfter(last.get().from())) {
            throw RuleViolation.of(BenefitChange.class, "from", "order",
                    "De ingangsdatum moet na de ingangsdatum van de huidige status liggen.");
        }
        if (last.isPresent() && last.get().status() == status && (last.get().to() == null || last.get().to().isAfter(from))) {
            throw RuleViolation.of(BenefitChange.class, "status", "unchanged", "Deze status geldt op die datum al.");
        }
        last.filter(p -> p.to() == null || p.to().isAfter(from)).ifPresent(p -> replace(p, p.endingOn(from)));
        periods.add(new BenefitPeriod(null, status, from, null, now, by));
    }

    /** Ends the open period on a date (the benefit stops; no status follows). */
    void end(LocalDate on) {
        BenefitPeriod open = last().filter(p -> p.to() == null).orElseThrow(() -> RuleViolation.of(BenefitChange.class,
                "from", "none", "Er is geen lopende status om te beëindigen."));
        if (!on.isAfter(open.from())) {
            throw RuleViolation.of(BenefitChange.class, "from", "order",
                    "De einddatum moet na de ingangsdatum van de huidige status liggen.");
        }
        replace(open, open.endingOn(on));
    }

    private Optional<BenefitPeriod> last() {
        return periods.isEmpty() ? Optional.empty() : Optional.of(periods.getLast());
    }

    private void replace(BenefitPeriod old, BenefitPeriod updated) {
        periods.set(periods.indexOf(old), updated);
    }
}
