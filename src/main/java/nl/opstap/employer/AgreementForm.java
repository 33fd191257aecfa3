package nl.opstap.employer;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An agreement (convenant) of the organisation with a partner, for a period. */
public record AgreementForm(
        @JsonProperty("partner") @NotBlank(message = "{agreement.partner.required}") @Size(max = 200, message = "{agreement.partner.size}")
        @Nullable String partner,
        @JsonProperty("soortPartner") @NotNull(message = "{agreement.kind.required}") @Nullable PartnerKind kind,
        @JsonProperty("onderwerp") @NotBlank(message = "{agreement.subject.required}") @Size(max = 500, message = "{agreement.subject.size}")
        @Nullable String subject,
        @JsonProperty("begindatum") @NotNull(message = "{agreement.start.required}") @Nullable LocalDate start,
        @JsonProperty("einddatum") @Nullable LocalDate end) {

    static AgreementForm empty() {
        return new AgreementForm("", null, "", null, null);
    }
}
