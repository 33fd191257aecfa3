package nl.opstap.employer;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A contact moment with an employer; who recorded it is taken from the signed-in user. */
public record ContactMomentForm(
        @JsonProperty("datum") @NotNull(message = "{employer.moment.date.required}") @Nullable LocalDate date,
        @JsonProperty("kanaal") @NotNull(message = "{employer.moment.channel.required}") @Nullable ContactChannel channel,
        @JsonProperty("onderwerp") @NotBlank(message = "{employer.moment.subject.required}") @Size(max = 200, message = "{employer.moment.subject.size}")
        @Nullable String subject,
        @JsonProperty("uitkomst") @Size(max = 4000, message = "{employer.moment.outcome.size}") @Nullable String outcome,
        @JsonProperty("vervolgactie") @Size(max = 500, message = "{employer.moment.nextAction.size}") @Nullable String nextAction,
        @JsonProperty("vervolgactieDatum") @Nullable LocalDate dueDate,
        @JsonProperty("bemiddeling") @Nullable Boolean mediation,
        @JsonProperty("bemiddeldeWerkzoekende") @Nullable UUID mediationClient) {

    static ContactMomentForm empty(LocalDate today) {
        return new ContactMomentForm(today, ContactChannel.TELEFOON, "", "", "", null, false, null);
    }

    boolean isMediation() {
        return Boolean.TRUE.equals(mediation);
    }
}
