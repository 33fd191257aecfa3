package nl.opstap.placement;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.UUID;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.shared.domain.Violations;
import org.jspecify.annotations.Nullable;

/** A registered placement as the API shows it. It ends once, through {@link #ending}. */
record Placement(@JsonProperty("id") UUID id, @JsonProperty("werkzoekendeId") UUID client,
                 @JsonProperty("gemeenteCode") String municipality, @JsonProperty("soort") PlacementType type,
                 @JsonProperty("waaromNietHoger") @Nullable String whyNotHigher, @JsonProperty("werkgeverId") @Nullable UUID employer,
                 @JsonProperty("vacatureId") @Nullable UUID vacancy, @JsonProperty("startdatum") LocalDate start,
                 @JsonProperty("einddatum") @Nullable LocalDate end, @JsonProperty("redenEinde") @Nullable String endReason,
                 @JsonProperty("urenPerWeek") int hours, @JsonProperty("contractsoort") @Nullable ContractType contract,
                 @JsonProperty("loonkostensubsidie") boolean wageSubsidy, @JsonProperty("noRiskPolis") boolean noRisk,
                 @JsonProperty("jobcoachId") @Nullable UUID jobcoach, @JsonProperty("koppelingId") @Nullable UUID matchPair,
                 @JsonProperty("versie") int version) {

    /** A planned or held follow-up contact. */
    record FollowUp(@JsonProperty("id") UUID id, @JsonProperty("maandenNaStart") int months, @JsonProperty("met") String party,
                    @JsonProperty("gepland") LocalDate due, @JsonProperty("gehouden") @Nullable LocalDate held,
                    @JsonProperty("uitkomst") @Nullable String outcome, @JsonProperty("signaal") boolean signal) {

        public boolean isOverdue(LocalDate today) {
            return held == null && due.isBefore(today) && !isMissed(today);
        }

        /** Not held long after its date: see {@link FollowUps#MISSED_AFTER_DAYS}. */
        public boolean isMissed(LocalDate today) {
            return held == null && due.plusDays(FollowUps.MISSED_AFTER_DAYS).isBefore(today);
        }
    }

    boolean runsOn(LocalDate day) {
        return !day.isBefore(start) && (end == null || !day.isAfter(end));
    }

    /** This placement ended on {@code on} for {@code reason}: refused when it has ended already or the terms do not hold. */
    Placement ending(@Nullable LocalDate on, @Nullable String reason) {
        if (end != null) {
            throw RuleViolation.conflict(PlacementEnding.class, "end", "ended", "Deze plaatsing is al beëindigd.");
        }
        Violations v = new Violations(PlacementEnding.class);
        v.check(() -> {
            if (on == null) {
                throw RuleViolation.of(PlacementEnding.class, "end", "required", "Vul de einddatum in.");
            }
        });
        v.check(() -> PlacementTerms.check(start, on == null ? start : on, hours, reason));
        v.throwIfAny();
        return new Placement(id, client, municipality, type, whyNotHigher, employer, vacancy, start, on, reason.strip(), hours, contract,
                wageSubsidy, noRisk, jobcoach, matchPair, version + 1);
    }
}
