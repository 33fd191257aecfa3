package nl.opstap.activity;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Ending a participation: result, actual end, dropout reason, certificate (praktijkverklaring). */
record ParticipationEnding(
        @JsonProperty("resultaat") @NotNull(message = "{participation.result.required}") ParticipationResult result,
        @JsonProperty("werkelijkeEinddatum") @NotNull(message = "{participation.actualEnd.required}") LocalDate actualEnd,
        @JsonProperty("uitvalredenId") @Nullable UUID dropoutReasonId,
        @JsonProperty("praktijkverklaring") @Nullable Boolean certificate,
        @JsonProperty("praktijkverklaringOmschrijving") @Size(max = 300, message = "{participation.certificate.size}")
        @Nullable String certificateDescription,
        @JsonProperty("praktijkverklaringDatum") @Nullable LocalDate certificateDate,
        @JsonProperty("toelichting") @Size(max = 2000, message = "{participation.notes.size}") @Nullable String notes) {

    static ParticipationEnding empty(LocalDate today) {
        return new ParticipationEnding(null, today, null, false, null, null, null);
    }

    boolean hasCertificate() {
        return certificate != null && certificate;
    }
}
