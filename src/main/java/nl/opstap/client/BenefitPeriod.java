package nl.opstap.client;

import java.time.Instant;
import java.time.LocalDate;
import nl.opstap.access.UserId;
import org.jspecify.annotations.Nullable;

/** A benefit status holding from {@code from} until {@code to} (exclusive; null = open). */
record BenefitPeriod(@Nullable Long id, BenefitStatus status, LocalDate from, @Nullable LocalDate to,
                     Instant recordedAt, @Nullable UserId recordedBy) {

    boolean holdsOn(LocalDate date) {
        return !from.isAfter(date) && (to == null || to.isAfter(date));
    }

    BenefitPeriod endingOn(LocalDate end) {
        return new BenefitPeriod(id, status, from, end, recordedAt, recordedBy);
    }
}
