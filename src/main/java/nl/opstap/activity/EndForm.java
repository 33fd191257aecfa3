package nl.opstap.activity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The screen's form to end one of the client's current participations. */
record EndForm(
        @NotNull(message = "{participation.which.required}") UUID participationId,
        @NotNull(message = "{participation.result.required}") ParticipationResult result,
        @NotNull(message = "{participation.actualEnd.required}") LocalDate actualEnd,
        @Nullable UUID dropoutReasonId,
        @Nullable Boolean certificate,
        @Size(max = 300, message = "{participation.certificate.size}") @Nullable String certificateDescription,
        @Nullable LocalDate certificateDate,
        @Size(max = 2000, message = "{participation.notes.size}") @Nullable String endNotes) {

    static EndForm empty(LocalDate today) {
        return new EndForm(null, null, today, null, false, null, null, null);
    }

    ParticipationEnding ending() {
        return new ParticipationEnding(result, actualEnd, dropoutReasonId, certificate, certificateDescription, certificateDate, endNotes);
    }
}
