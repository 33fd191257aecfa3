package nl.opstap.obligation;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What a caseworker enters (screen forms and API bodies; also used for imports and demo data). */
public final class Forms {

    private Forms() {}

    public record ObligationForm(
            @JsonProperty("soort") @NotNull(message = "{obligation.kind.required}") ObligationKind kind,
            @JsonProperty("ingangsdatum") @NotNull(message = "{obligation.from.required}") LocalDate validFrom,
            @JsonProperty("einddatum") @Nullable LocalDate validUntil,
            @JsonProperty("toelichting") @Size(max = 2000, message = "{obligation.note.size}") @Nullable String note) {}

    public record ExemptionForm(
            @JsonProperty("verplichting") @NotNull(message = "{exemption.obligation.required}") ObligationKind obligationKind,
            @JsonProperty("reden") @NotNull(message = "{exemption.reason.required}") ExemptionReason reason,
            @JsonProperty("ingangsdatum") @NotNull(message = "{obligation.from.required}") LocalDate validFrom,
            @JsonProperty("einddatum") @Nullable LocalDate validUntil,
            @JsonProperty("herbeoordelingsdatum") @NotNull(message = "{exemption.recheck.required}") LocalDate recheckOn,
            @JsonProperty("toelichting") @Size(max = 2000, message = "{obligation.note.size}") @Nullable String note) {}

    public record SignalForm(
            @JsonProperty("soort") @NotNull(message = "{signal.kind.required}") SignalKind kind,
            @JsonProperty("datum") @NotNull(message = "{signal.date.required}") LocalDate signalDate,
            @JsonProperty("omschrijving") @NotBlank(message = "{signal.description.required}")
            @Size(max = 2000, message = "{obligation.note.size}") String description) {}

    public record MeasureForm(
            @JsonProperty("signaalId") @NotNull(message = "{measure.signal.required}") UUID signalId,
            @JsonProperty("soort") @NotNull(message = "{measure.kind.required}") MeasureKind kind,
            @JsonProperty("percentage") @NotNull(message = "{measure.percentage.required}") Integer percentage,
            @JsonProperty("ingangsdatum") @NotNull(message = "{obligation.from.required}") LocalDate validFrom,
            @JsonProperty("einddatum") @Nullable LocalDate validUntil,
            @JsonProperty("besluitdatum") @NotNull(message = "{measure.decided.required}") LocalDate decidedOn,
            @JsonProperty("toelichting") @Size(max = 2000, message = "{obligation.note.size}") @Nullable String note) {}

    public record BonusForm(
            @JsonProperty("datum") @NotNull(message = "{bonus.date.required}") LocalDate bonusDate,
            @JsonProperty("bedrag") @NotNull(message = "{bonus.amount.required}")
            @Digits(integer = 8, fraction = 2, message = "{bonus.amount.digits}") BigDecimal amount,
            @JsonProperty("reden") @NotBlank(message = "{bonus.reason.required}") @Size(max = 500, message = "{bonus.reason.size}") String reason) {}

    /** A re-check of an exemption: when, and whether it runs on (with a next re-check) or ends (on a date). */
    public record RecheckForm(
            @JsonProperty("herbeoordeeldOp") @NotNull(message = "{exemption.recheck.done.required}") LocalDate recheckedOn,
            @JsonProperty("uitkomst") @NotNull(message = "{exemption.recheck.outcome.required}") RecheckOutcome outcome,
            @JsonProperty("volgendeHerbeoordeling") @Nullable LocalDate nextRecheckOn,
            @JsonProperty("eindigtOp") @Nullable LocalDate endsOn) {}

    public record SignalHandling(
            @JsonProperty("afgehandeldOp") @NotNull(message = "{signal.handled.required}") LocalDate handledOn) {}
}
