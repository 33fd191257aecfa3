package nl.opstap.diagnosis;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.opstap.organisation.MunicipalityCode;
import org.jspecify.annotations.Nullable;

/**
 * A recorded diagnosis fact with its period and history: who recorded it when, and, when a correction
 * replaced it, who corrected it, when, why, and by which fact.
 */
public record DiagnosisFact(UUID id, FactRecord value, MunicipalityCode municipality, @Nullable LocalDate to,
                            Instant recordedAt, @Nullable String recordedBy, @Nullable Instant correctedAt,
                            @Nullable String correctedBy, @Nullable String correctionReason, @Nullable UUID replacedBy) {

    public FactKind kind() {
        return value.kind();
    }

    public LocalDate from() {
        return value.from();
    }

    public boolean corrected() {
        return correctedAt != null;
    }

    public boolean holdsOn(LocalDate date) {
        return !corrected() && !from().isAfter(date) && (to == null || to.isAfter(date));
    }
}
