package nl.opstap.workshop;

import java.time.LocalDate;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.shared.web.Formats;
import org.jspecify.annotations.Nullable;

/** The rules of workshops and sessions that need more than one value, plain so they can be tested without Spring. */
final class WorkshopRules {

    static final int MAX_SEATS = 500;

    private WorkshopRules() {}

    /** A workshop's end date, when known, does not lie before its start. */
    static void checkPeriod(@Nullable LocalDate start, @Nullable LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            throw RuleViolation.of(WorkshopForm.class, "end", "beforeStart", "De einddatum ligt niet vóór de begindatum.");
        }
    }

    /** The seats cannot drop below the candidates placed now. */
    static void checkSeats(int seats, int placed) {
        if (seats < placed) {
            throw RuleViolation.of(WorkshopForm.class, "seats", "belowPlaced",
                    "Het aantal plaatsen kan niet lager zijn dan het aantal geplaatste kandidaten (%d).".formatted(placed));
        }
    }

    /** Rule: no more candidates placed than the workshop has seats. */
    static void checkRoom(int seats, int placed) {
        if (placed >= seats) {
            throw RuleViolation.conflict(StatusChange.class, "status", "full",
                    "De werkplaats is vol (%d van %d plaatsen bezet).".formatted(placed, seats));
        }
    }

    /** A placement is dated within the workshop's period: not after its end. */
    static void checkPlacementDate(LocalDate date, @Nullable LocalDate end) {
        if (end != null && date.isAfter(end)) {
            throw RuleViolation.of(StatusChange.class, "date", "afterEnd",
                    "De werkplaats is op " + end.format(Formats.DATE) + " afgelopen; plaats een kandidaat binnen de looptijd.");
        }
    }

    /** A candidate is added on a day that has come. */
    static void checkAdded(LocalDate added, LocalDate today) {
        if (added.isAfter(today)) {
            throw RuleViolation.of(CandidateForm.class, "added", "future", "De datum van voordracht ligt niet in de toekomst.");
        }
    }

    /** Rule: the outcome of a session is recorded on or after the session's date. */
    static void checkOutcomeDate(LocalDate sessionDate, LocalDate today) {
        if (today.isBefore(sessionDate)) {
            throw RuleViolation.of(OutcomeForm.class, "", "beforeSession",
                    "De uitkomst kunt u vastleggen vanaf de dag van de sessie (" + sessionDate.format(Formats.DATE) + ").");
        }
    }

    /** A session that has an outcome took place: its date cannot move into the future. */
    static void checkSessionDate(LocalDate date, boolean outcomeRecorded, LocalDate today) {
        if (outcomeRecorded && date.isAfter(today)) {
            throw RuleViolation.of(SessionForm.class, "date", "afterOutcome",
                    "De uitkomst van deze sessie is al vastgelegd; de datum kan niet in de toekomst liggen.");
        }
    }
}
