package nl.opstap.placement;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An outflow as a caseworker records it (API body and screen form). */
record OutflowForm(@JsonProperty("datum") @Nullable LocalDate date, @JsonProperty("reden") @Nullable OutflowReason reason,
                   @JsonProperty("omvang") @Nullable OutflowExtent extent, @JsonProperty("plaatsingId") @Nullable UUID placement) {}
