package nl.opstap.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import nl.opstap.shared.domain.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * Rule: numbers and dates as people type them on the settings screen. Dutch notation first (1.025.168 and 4,5), a plain
 * 4.5 also reads as four and a half; anything else is refused with a Dutch message for that field.
 */
final class Amounts {

    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(\\.\\d{3})+");
    private static final Pattern PLAIN = Pattern.compile("\\d{1,13}([.,]\\d{1,2})?");

    private Amounts() {}

    static BigDecimal parse(@Nullable String text, String field, String what) {
        String value = text == null ? "" : text.strip().replace("€", "").replace(" ", "");
        if (value.isEmpty()) {
            throw RuleViolation.of(null, field, "required", "Vul " + what + " in.");
        }
        if (value.contains(",")) {
            value = value.replace(".", "");
        } else if (THOUSANDS.matcher(value).matches()) {
            value = value.replace(".", "");
        }
        if (!PLAIN.matcher(value).matches()) {
            throw RuleViolation.of(null, field, "format", "Vul " + what + " in als getal, bijvoorbeeld 4,5 of 1.025.168 (hoogstens twee decimalen).");
        }
        return new BigDecimal(value.replace(',', '.'));
    }

    static int whole(@Nullable String text, String field, String what) {
        try {
            return Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw RuleViolation.of(null, field, "format", "Vul " + what + " in als geheel getal.");
        }
    }

    static LocalDate date(@Nullable String text, String field) {
        if (text == null || text.isBlank()) {
            throw RuleViolation.of(null, field, "required", "Vul de datum in vanaf wanneer dit geldt.");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw RuleViolation.of(null, field, "format", "Vul de datum in als jjjj-mm-dd, bijvoorbeeld 2019-01-01.");
        }
    }
}
