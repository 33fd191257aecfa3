package nl.opstap.placement;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.UUID;

/** A return on benefit after an outflow (herinstroom), linked to that outflow; a revolving door when within the window. */
record ReEntry(@JsonProperty("id") UUID id, @JsonProperty("werkzoekendeId") UUID client, @JsonProperty("gemeenteCode") String municipality,
               @JsonProperty("datum") LocalDate date, @JsonProperty("uitstroomId") UUID outflow,
               @JsonProperty("draaideur") boolean revolvingDoor, @JsonProperty("draaideurperiodeMaanden") int windowMonths) {}
