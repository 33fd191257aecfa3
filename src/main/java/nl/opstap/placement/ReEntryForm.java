package nl.opstap.placement;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A client's return on benefit as a caseworker records it: the day the benefit starts again. */
record ReEntryForm(@JsonProperty("datum") @Nullable LocalDate date) {}
