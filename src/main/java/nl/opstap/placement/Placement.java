package nl.opstap.placement;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A registered placement as the API shows it. */
record Placement(@JsonProperty("id") UUID id, @JsonProperty("werkzoekendeId") UUID client,
                 @JsonProperty("gemeenteCode") String municipality, @JsonProperty("soort") PlacementType type,
                 @JsonProperty("waaromNietHoger") @Nullable String whyNotHigher, @JsonProperty("werkgeverId") @Nullable UUID employer,
                 @JsonProperty("vacatureId") @Nullable UUID vacancy, @JsonProperty("startdatum") LocalDate start,
                 @JsonProperty("einddatum") @Nullable LocalDate end, @JsonProperty("redenEinde") @Nullable String endReason,
                 @JsonProperty("urenPerWeek") int hours, @JsonProperty("contractsoort") @Nullable String contract,
                 @JsonProperty("loonkostensubsidie") boolean wageSubsidy, @JsonProperty("noRiskPolis") boolean noRisk,
                 @JsonProperty("jobcoachId") @Nullable UUID jobcoach, @JsonProperty("versie") int version) {

    /** A planned or held follow-up contact. */
    record FollowUp(@JsonProperty("id") UUID id, @JsonProperty("maandenNaStart") int months, @JsonProperty("met") String party,
                    @JsonProperty("gepland") LocalDate due, @JsonProperty("gehouden") @Nullable LocalDate held,
                    @JsonProperty("uitkomst") @Nullable String outcome, @JsonProperty("signaal") boolean signal) {}
}
