package nl.opstap.client;

import java.time.Instant;
import java.time.LocalDate;
import nl.opstap.access.UserId;
import org.jspecify.annotations.Nullable;

/** A caseworker assigned from {@code from} until {@code to} (exclusive; null = current). */
record CaseworkerAssignment(@Nullable Long id, UserId caseworker, LocalDate from, @Nullable LocalDate to,
                            Instant recordedAt, @Nullable UserId recordedBy) {

    CaseworkerAssignment endingOn(LocalDate end) {
        return new CaseworkerAssignment(id, caseworker, from, end, recordedAt, recordedBy);
    }
}
