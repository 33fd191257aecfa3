package nl.opstap.activity;

import java.time.LocalDate;
import nl.opstap.shared.domain.RuleViolation;
import org.jspecify.annotations.Nullable;

/** Date rules of a participation: no end before the start, no actual end in the future, no start far ahead. */
final class ParticipationDates {

    /** A participation may be planned at most this far ahead. */
    static final int MAX_YEARS_AHEAD = 1;

    private ParticipationDates() {}

    /** Youngest age at which a participation can start: younger people are in school, not in a trajectory. */
    static final int MIN_AGE = 16;

    static void checkEnrolment(Class<?> command, LocalDate start, @Nullable LocalDate plannedEnd, LocalDate today, LocalDate bornOn) {
        if (start.isBefore(bornOn.plusYears(MIN_AGE))) {
            throw RuleViolation.of(command, "startDate", "tooEarly",
                    "Een deelname begint niet vóór de zestiende verjaardag van de werkzoekende.");
        }
        if (start.isAfter(today.plusYears(MAX_YEARS_AHEAD))) {
            throw RuleViolation.of(command, "startDate", "tooFarAhead",
                    "Een deelname kan hooguit een jaar vooruit worden ingepland.");
        }
        if (plannedEnd != null && plannedEnd.isBefore(start)) {
            throw RuleViolation.of(command, "plannedEnd", "beforeStart", "De geplande einddatum ligt vóór de startdatum.");
        }
    }

    static void checkEnd(Class<?> command, LocalDate start, LocalDate actualEnd, LocalDate today) {
        if (actualEnd.isAfter(today)) {
            throw RuleViolation.of(command, "actualEnd", "future", "De werkelijke einddatum kan niet in de toekomst liggen.");
        }
        if (actualEnd.isBefore(start)) {
            throw RuleViolation.of(command, "actualEnd", "beforeStart", "De werkelijke einddatum ligt vóór de startdatum.");
        }
    }

    static void checkCertificate(Class<?> command, LocalDate start, @Nullable LocalDate certificateDate, LocalDate today) {
        if (certificateDate != null && certificateDate.isAfter(today)) {
            throw RuleViolation.of(command, "certificateDate", "future", "De datum van de praktijkverklaring kan niet in de toekomst liggen.");
        }
        if (certificateDate != null && certificateDate.isBefore(start)) {
            throw RuleViolation.of(command, "certificateDate", "beforeStart",
                    "De datum van de praktijkverklaring ligt vóór de startdatum.");
        }
    }
}
