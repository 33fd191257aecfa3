package nl.opstap.placement;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A placement as a caseworker registers it (API request body). */
record PlacementForm(@JsonProperty("soort") @Nullable PlacementType type,
                     @JsonProperty("waaromNietHoger") @Nullable String whyNotHigher,
                     @JsonProperty("werkgeverId") @Nullable UUID employer,
                     @JsonProperty("vacatureId") @Nullable UUID vacancy,
                     @JsonProperty("startdatum") @Nullable LocalDate start,
                     @JsonProperty("einddatum") @Nullable LocalDate end,
                     @JsonProperty("redenEinde") @Nullable String endReason,
                     @JsonProperty("urenPerWeek") @Nullable Integer hours,
                     @JsonProperty("contractsoort") @Nullable ContractType contract,
                     @JsonProperty("loonkostensubsidie") @Nullable Boolean wageSubsidy,
                     @JsonProperty("noRiskPolis") @Nullable Boolean noRisk,
                     @JsonProperty("jobcoachId") @Nullable UUID jobcoach,
                     @JsonProperty("koppelingId") @Nullable UUID matchPair) {}
