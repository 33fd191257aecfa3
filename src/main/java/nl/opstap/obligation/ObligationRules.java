package nl.opstap.obligation;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.opstap.shared.domain.RuleViolation;
import org.jspecify.annotations.Nullable;

/** The date, percentage and amount rules of obligations, exemptions, signals, measures and bonuses. */
final class ObligationRules {

    static final BigDecimal MAX_BONUS = new BigDecimal("10000.00");

    private ObligationRules() {}

    /** A period: no end before its start, and no start more than a year ahead. */
    static void period(Class<?> command, LocalDate from, @Nullable LocalDate until, LocalDate today) {
        if (from.isAfter(today.plusYears(1))) {
            throw RuleViolation.of(command, "validFrom", "tooFarAhead", "De ingangsdatum ligt meer dan een jaar in de toekomst.");
        }
        if (until != null && until.isBefore(from)) {
            throw RuleViolation.of(command, "validUntil", "beforeStart", "De einddatum ligt vóór de ingangsdatum.");
        }
    }

    /** An exemption is re-checked on or after its start, and within five years. */
    static void recheck(Class<?> command, LocalDate from, LocalDate recheckOn) {
        if (recheckOn.isBefore(from)) {
            throw RuleViolation.of(command, "recheckOn", "beforeStart", "De herbeoordelingsdatum ligt vóór de ingangsdatum.");
        }
        if (recheckOn.isAfter(from.plusYears(5))) {
            throw RuleViolation.of(command, "recheckOn", "tooLate", "Herbeoordeel een ontheffing binnen vijf jaar na de ingangsdatum.");
        }
    }

    /** Something that has happened cannot be dated in the future. */
    static void notInFuture(Class<?> command, String field, LocalDate date, LocalDate today) {
        if (date.isAfter(today)) {
            throw RuleViolation.of(command, field, "future", "Deze datum kan niet in de toekomst liggen.");
        }
    }

    /** A warning takes nothing off the benefit; a reduction or fine takes 1 to 100 percent. */
    static void percentage(Class<?> command, MeasureKind kind, int percentage) {
        if (percentage < 0 || percentage > 100) {
            throw RuleViolation.of(command, "percentage", "range", "Het percentage ligt tussen 0 en 100.");
        }
        if (kind == MeasureKind.WAARSCHUWING && percentage != 0) {
            throw RuleViolation.of(command, "percentage", "warning", "Bij een waarschuwing is het percentage 0.");
        }
        if (kind != MeasureKind.WAARSCHUWING && percentage == 0) {
            throw RuleViolation.of(command, "percentage", "zero", "Een verlaging of boete heeft een percentage van 1 tot 100.");
        }
    }

    /** A measure is decided on or after the signal it follows. */
    static void decidedAfterSignal(Class<?> command, LocalDate decidedOn, LocalDate signalDate) {
        if (decidedOn.isBefore(signalDate)) {
            throw RuleViolation.of(command, "decidedOn", "beforeSignal", "De besluitdatum ligt vóór de datum van het signaal.");
        }
    }

    /** A bonus is a positive amount in whole cents, at most 10,000 euros. */
    static void amount(Class<?> command, BigDecimal amount) {
        if (amount.signum() <= 0) {
            throw RuleViolation.of(command, "amount", "positive", "Het bedrag moet groter zijn dan 0 euro.");
        }
        if (amount.compareTo(MAX_BONUS) > 0) {
            throw RuleViolation.of(command, "amount", "tooHigh", "Een premie is hooguit 10.000 euro.");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw RuleViolation.of(command, "amount", "cents", "Geef het bedrag in hele centen.");
        }
    }
}
