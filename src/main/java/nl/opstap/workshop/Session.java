package nl.opstap.workshop;

import java.time.Instant;
import java.time.LocalDate;
import nl.opstap.employer.EmployerId;
import nl.opstap.organisation.MunicipalityCode;
import org.jspecify.annotations.Nullable;

/** A stored temp-agency session, with how many candidates were proposed. */
record Session(SessionId id, MunicipalityCode municipality, LocalDate date, EmployerId agency, @Nullable String description,
               @Nullable String outcomeNote, @Nullable Instant outcomeRecordedAt, int candidates, int version) {

    public boolean outcomeRecorded() {
        return outcomeRecordedAt != null;
    }

    /** Rule: what happened at a session can be recorded from its date on, not before. */
    boolean outcomeAllowedOn(LocalDate today) {
        return !today.isBefore(date);
    }
}
