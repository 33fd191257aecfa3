package nl.opstap.obligation;

import java.time.LocalDate;
import nl.opstap.shared.domain.RuleViolation;

/**
 * The rule for re-checking an exemption: done on a real date (not ahead, not before the exemption began),
 * on an exemption that still runs; extended to a next re-check after it (within five years), or ended
 * on a date not before the exemption began.
 */
final class ExemptionRecheck {

    private ExemptionRecheck() {}

    /** The new re-check date and end of the exemption after this re-check. */
    record Result(LocalDate recheckOn, LocalDate lastRecheckedOn, java.util.Optional<LocalDate> validUntil) {}

    static Result apply(Records.Exemption exemption, Forms.RecheckForm f, LocalDate today) {
        Class<?> form = Forms.RecheckForm.class;
        ObligationRules.notInFuture(form, "recheckedOn", f.recheckedOn(), today);
        if (f.recheckedOn().isBefore(exemption.validFrom())) {
            throw RuleViolation.of(form, "recheckedOn", "beforeStart", "Een ontheffing wordt niet herbeoordeeld vóór de ingangsdatum ervan.");
        }
        if (exemption.validUntil() != null && exemption.validUntil().isBefore(f.recheckedOn())) {
            throw RuleViolation.conflict(form, "recheckedOn", "ended", "Deze ontheffing was op die datum al beëindigd.");
        }
        if (f.outcome() == RecheckOutcome.VERLENGD) {
            if (f.nextRecheckOn() == null) {
                throw RuleViolation.of(form, "nextRecheckOn", "required", "Geef de datum van de volgende herbeoordeling.");
            }
            if (!f.nextRecheckOn().isAfter(f.recheckedOn())) {
                throw RuleViolation.of(form, "nextRecheckOn", "notAfter", "De volgende herbeoordeling ligt na deze herbeoordeling.");
            }
            if (f.nextRecheckOn().isAfter(f.recheckedOn().plusYears(5))) {
                throw RuleViolation.of(form, "nextRecheckOn", "tooLate", "Herbeoordeel een ontheffing binnen vijf jaar.");
            }
            return new Result(f.nextRecheckOn(), f.recheckedOn(), java.util.Optional.ofNullable(exemption.validUntil()));
        }
        if (f.endsOn() == null) {
            throw RuleViolation.of(form, "endsOn", "required", "Geef de datum waarop de ontheffing eindigt.");
        }
        if (f.endsOn().isBefore(exemption.validFrom())) {
            throw RuleViolation.of(form, "endsOn", "beforeStart", "De einddatum ligt vóór de ingangsdatum van de ontheffing.");
        }
        if (f.endsOn().isAfter(today.plusYears(1))) {
            throw RuleViolation.of(form, "endsOn", "tooFarAhead", "De einddatum ligt meer dan een jaar in de toekomst.");
        }
        return new Result(f.recheckedOn(), f.recheckedOn(), java.util.Optional.of(f.endsOn()));
    }
}
