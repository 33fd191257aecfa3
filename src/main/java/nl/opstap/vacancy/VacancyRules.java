package nl.opstap.vacancy;

import java.time.LocalDate;
import java.util.Locale;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.shared.web.Formats;
import org.jspecify.annotations.Nullable;

/**
 * The rules of a vacancy that need more than one field. Hours: 0 < min <= max <= 60. Dates: the closing date
 * (sluitingsdatum) must not lie before the publication date; a new vacancy is published today, so its closing
 * date cannot lie in the past. The start date has no bound: work may start before or after closing.
 */
final class VacancyRules {

    static final int MAX_HOURS = 60;

    private VacancyRules() {}

    static void checkHours(@Nullable Integer min, @Nullable Integer max) {
        if (min == null || max == null) {
            return;
        }
        if (min <= 0 || max <= 0) {
            throw RuleViolation.of(VacancyForm.class, min <= 0 ? "hoursMin" : "hoursMax", "range", "Geef een aantal uren per week van 1 tot en met 60.");
        }
        if (min > max) {
            throw RuleViolation.of(VacancyForm.class, "hoursMax", "order", "Het maximum aantal uren mag niet lager zijn dan het minimum.");
        }
        if (max > MAX_HOURS) {
            throw RuleViolation.of(VacancyForm.class, "hoursMax", "range", "Geef een aantal uren per week van 1 tot en met 60.");
        }
    }

    /** Rule: a vacancy closes neither before its start date nor before it was published. */
    static void checkClosingDate(@Nullable LocalDate closing, @Nullable LocalDate start, LocalDate publication) {
        if (closing != null && start != null && closing.isBefore(start)) {
            throw RuleViolation.of(VacancyForm.class, "closingDate", "beforeStart",
                    "De sluitingsdatum mag niet vóór de startdatum (" + Formats.DATE.format(start) + ") liggen.");
        }
        if (closing != null && closing.isBefore(publication)) {
            throw RuleViolation.of(VacancyForm.class, "closingDate", "beforePublication",
                    "De sluitingsdatum mag niet vóór de publicatiedatum (" + Formats.DATE.format(publication) + ") liggen.");
        }
    }

    /** "8331 ab" → "8331AB"; anything else unchanged apart from spaces and case. */
    static String normalisePostcode(@Nullable String postcode) {
        return postcode == null ? "" : postcode.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    static boolean validPostcode(String normalised) {
        return normalised.matches("[1-9][0-9]{3}[A-Z]{2}");
    }

    /** The PC4 (four digits) of a full or partial postcode, or the input when it has none. */
    static String pc4(String postcode) {
        String n = normalisePostcode(postcode);
        return n.length() >= 4 ? n.substring(0, 4) : n;
    }
}
