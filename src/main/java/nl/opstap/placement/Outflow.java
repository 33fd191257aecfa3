package nl.opstap.placement;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An outflow (uitstroom) as stored: the day the client left the benefit, why, wholly or partly, and the placement behind it. */
record Outflow(@JsonProperty("id") UUID id, @JsonProperty("werkzoekendeId") UUID client, @JsonProperty("gemeenteCode") String municipality,
               @JsonProperty("datum") LocalDate date, @JsonProperty("reden") OutflowReason reason,
               @JsonProperty("omvang") OutflowExtent extent, @JsonProperty("plaatsingId") @Nullable UUID placement) {}
