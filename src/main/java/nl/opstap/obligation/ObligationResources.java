package nl.opstap.obligation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The API's Dutch representations. */
final class ObligationResources {

    private ObligationResources() {}

    record ObligationResource(@JsonProperty("id") UUID id, @JsonProperty("soort") ObligationKind kind,
                              @JsonProperty("ingangsdatum") LocalDate from, @JsonProperty("einddatum") @Nullable LocalDate until,
                              @JsonProperty("toelichting") @Nullable String note) {
        static ObligationResource of(Records.Obligation o) {
            return new ObligationResource(o.id(), o.kind(), o.validFrom(), o.validUntil(), o.note());
        }
    }

    record ExemptionResource(@JsonProperty("id") UUID id, @JsonProperty("verplichting") ObligationKind obligation,
                             @JsonProperty("reden") ExemptionReason reason, @JsonProperty("ingangsdatum") LocalDate from,
                             @JsonProperty("einddatum") @Nullable LocalDate until, @JsonProperty("herbeoordelingsdatum") LocalDate recheckOn,
                             @JsonProperty("toelichting") @Nullable String note) {
        static ExemptionResource of(Records.Exemption e) {
            return new ExemptionResource(e.id(), e.obligationKind(), e.reason(), e.validFrom(), e.validUntil(), e.recheckOn(), e.note());
        }
    }

    record SignalResource(@JsonProperty("id") UUID id, @JsonProperty("soort") SignalKind kind, @JsonProperty("datum") LocalDate date,
                          @JsonProperty("omschrijving") String description, @JsonProperty("status") SignalStatus status,
                          @JsonProperty("afgehandeldOp") @Nullable LocalDate handledOn) {
        static SignalResource of(Records.Signal s) {
            return new SignalResource(s.id(), s.kind(), s.signalDate(), s.description(), s.status(), s.handledOn());
        }
    }

    record MeasureResource(@JsonProperty("id") UUID id, @JsonProperty("signaalId") UUID signal, @JsonProperty("soort") MeasureKind kind,
                           @JsonProperty("percentage") int percentage, @JsonProperty("ingangsdatum") LocalDate from,
                           @JsonProperty("einddatum") @Nullable LocalDate until, @JsonProperty("besluitdatum") LocalDate decidedOn,
                           @JsonProperty("toelichting") @Nullable String note) {
        static MeasureResource of(Records.Measure m) {
            return new MeasureResource(m.id(), m.signalId(), m.kind(), m.percentage(), m.validFrom(), m.validUntil(), m.decidedOn(), m.note());
        }
    }

    record BonusResource(@JsonProperty("id") UUID id, @JsonProperty("datum") LocalDate date, @JsonProperty("bedrag") BigDecimal amount,
                         @JsonProperty("reden") String reason) {
        static BonusResource of(Records.WorkBonus b) {
            return new BonusResource(b.id(), b.bonusDate(), b.amount(), b.reason());
        }
    }
}
