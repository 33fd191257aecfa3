package nl.opstap.portfolio;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The job seeker publishes their profile, optionally with a short text about themselves. */
record PublishForm(@JsonProperty("overMij") @Size(max = ProfileAnonymiser.PITCH_MAX, message = "{profiles.pitch.size}") @Nullable String pitch) {}
