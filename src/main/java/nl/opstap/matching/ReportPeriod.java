package nl.opstap.matching;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.shared.domain.Violations;
import org.jspecify.annotations.Nullable;

/**
 * Rule: the period of the fairness report, both days included, as given in the parameters van and tot (yyyy-mm-dd):
 * both required, tot not before van, and at most two years long. Every problem is reported on its own parameter.
 */
record ReportPeriod(LocalDate from, LocalDate to) {

    static final String FROM = "van";
    static final String TO = "tot";
    static final int MAX_YEARS = 2;

    /** The period asked for, or a rule violation naming each wrong parameter. */
    static ReportPeriod of(@Nullable String from, @Nullable String to) {
        Violations v = new Violations(null);
        LocalDate start = v.value(() -> date(FROM, from, "de begindatum"));
        LocalDate end = v.value(() -> date(TO, to, "de einddatum"));
        v.throwIfAny();
        if (end.isBefore(start)) {
            throw RuleViolation.of(null, TO, "order", "De einddatum ligt vóór de begindatum.");
        }
        if (!end.isBefore(start.plusYears(MAX_YEARS))) {
            throw RuleViolation.of(null, TO, "range", "Kies een periode van hoogstens " + MAX_YEARS + " jaar.");
        }
        return new ReportPeriod(start, end);
    }

    /** The year up to today, the screen's period before the user chooses one. */
    static ReportPeriod lastYear(LocalDate today) {
        return new ReportPeriod(today.minusYears(1).plusDays(1), today);
    }

    private static LocalDate date(String field, @Nullable String value, String what) {
        if (value == null || value.isBlank()) {
            throw RuleViolation.of(null, field, "required", "Vul " + what + " in.");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw RuleViolation.of(null, field, "format", "Vul " + what + " in als jjjj-mm-dd, bijvoorbeeld 2026-01-31.");
        }
    }
}
