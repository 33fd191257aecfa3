package nl.opstap.employer;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A contact moment with an employer; who recorded it is taken from the signed-in user. {@code contact} is the
 * employer's contact person spoken to; {@code mediationClient} the client mediated, when the moment is a mediation.
 */
public record ContactMomentForm(
        @JsonProperty("datum") @NotNull(message = "{employer.moment.date.required}") @Nullable LocalDate date,
        @JsonProperty("kanaal") @NotNull(message = "{employer.moment.channel.required}") @Nullable ContactChannel channel,
        @JsonProperty("onderwerp") @NotBlank(message = "{employer.moment.subject.required}") @Size(max = 200, message = "{employer.moment.subject.size}")
        @Nullable String subject,
        @JsonProperty("uitkomst") @Size(max = 4000, message = "{employer.moment.outcome.size}") @Nullable String outcome,
        @JsonProperty("vervolgactie") @Size(max = 500, message = "{employer.moment.nextAction.size}") @Nullable String nextAction,
        @JsonProperty("vervolgactieDatum") @Nullable LocalDate dueDate,
        @JsonProperty("bemiddeling") @Nullable Boolean mediation,
        @JsonProperty("bemiddeldeWerkzoekende") @Nullable UUID mediationClient,
        @JsonProperty("contactpersoon") @Nullable UUID contact) {

    /** A moment without a named contact person (imports, demo data). */
    public ContactMomentForm(@Nullable LocalDate date, @Nullable ContactChannel channel, @Nullable String subject, @Nullable String outcome,
                             @Nullable String nextAction, @Nullable LocalDate dueDate, @Nullable Boolean mediation, @Nullable UUID mediationClient) {
        this(date, channel, subject, outcome, nextAction, dueDate, mediation, mediationClient, null);
    }

    static ContactMomentForm empty(LocalDate today) {
        return new ContactMomentForm(today, ContactChannel.TELEFOON, "", "", "", null, false, null, null);
    }

    static ContactMomentForm of(Views.Moment m) {
        return new ContactMomentForm(m.date(), m.channel(), m.subject(), m.outcome(), m.nextAction(), m.dueDate(), m.mediation(),
                m.mediationClient(), m.contact());
    }

    boolean isMediation() {
        return Boolean.TRUE.equals(mediation);
    }
}
