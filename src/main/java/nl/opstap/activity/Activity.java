package nl.opstap.activity;

import nl.opstap.organisation.OrganisationId;
import org.jspecify.annotations.Nullable;

/** An activity of an organisation's catalogue. */
public record Activity(ActivityId id, OrganisationId organisation, String name, ActivityKind kind, @Nullable String provider,
                @Nullable Integer capacity, @Nullable Integer durationWeeks, @Nullable String description, boolean active,
                int version) {}
