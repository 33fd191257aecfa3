package nl.opstap.placement;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Ending a running placement: the last day and why (API body and screen form). */
record PlacementEnding(@JsonProperty("einddatum") @Nullable LocalDate end, @JsonProperty("redenEinde") @Nullable String endReason) {}
