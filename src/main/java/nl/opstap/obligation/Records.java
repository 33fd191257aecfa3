package nl.opstap.obligation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What is stored, as read back. */
final class Records {

    private Records() {}

    record Obligation(UUID id, ObligationKind kind, LocalDate validFrom, @Nullable LocalDate validUntil, @Nullable String note,
                      Instant recordedAt) {
        public boolean isCurrent(LocalDate today) {
            return !validFrom.isAfter(today) && (validUntil == null || !validUntil.isBefore(today));
        }
    }

    /** An exemption; {@code reason} is null when it concerns health and the reader may not see that ({@link HealthReasonRule}). */
    record Exemption(UUID id, ObligationKind obligationKind, @Nullable ExemptionReason reason, LocalDate validFrom, @Nullable LocalDate validUntil,
                     LocalDate recheckOn, @Nullable String note, Instant recordedAt, @Nullable LocalDate lastRecheckedOn) {

        Exemption screened() {
            return new Exemption(id, obligationKind, null, validFrom, validUntil, recheckOn, note, recordedAt, lastRecheckedOn);
        }

        /** Whether a re-check is still to be done (none since the planned date was set). */
        public boolean recheckPending() {
            return lastRecheckedOn == null || lastRecheckedOn.isBefore(recheckOn);
        }

        public boolean isCurrent(LocalDate today) {
            return !validFrom.isAfter(today) && (validUntil == null || !validUntil.isBefore(today));
        }
    }

    record Signal(UUID id, SignalKind kind, LocalDate signalDate, String description, SignalStatus status,
                  @Nullable LocalDate handledOn, Instant recordedAt) {}

    record Measure(UUID id, UUID signalId, MeasureKind kind, int percentage, LocalDate validFrom, @Nullable LocalDate validUntil,
                   LocalDate decidedOn, @Nullable String note, Instant recordedAt) {}

    record WorkBonus(UUID id, LocalDate bonusDate, BigDecimal amount, String reason, Instant recordedAt) {}
}
