package nl.opstap.diagnosis;

import java.time.LocalDate;
import nl.opstap.shared.domain.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * Rule for the dates of diagnosis facts: nothing holds from a day after today (a fact is recorded when
 * it is known), nothing before the client's birth, and an end lies after its start.
 */
final class DiagnosisDates {

    private DiagnosisDates() {}

    static void check(LocalDate from, @Nullable LocalDate to, LocalDate today, LocalDate birth, Class<?> command,
                      String fromField, String toField) {
        if (from.isAfter(today)) {
            throw RuleViolation.of(command, fromField, "future", "De datum ligt in de toekomst; leg een gegeven vast zodra het geldt.");
        }
        if (from.isBefore(birth)) {
            throw RuleViolation.of(command, fromField, "beforeBirth", "De datum ligt vóór de geboortedatum van de werkzoekende.");
        }
        if (to != null && !to.isAfter(from)) {
            throw RuleViolation.of(command, toField, "order", "De einddatum moet na de begindatum liggen.");
        }
    }
}
