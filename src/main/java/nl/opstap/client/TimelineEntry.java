package nl.opstap.client;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One dated event in a client's timeline. {@code categoryKey} is the message key of its kind (e.g.
 * "timeline.category.ladder"); {@code summary} and {@code detail} are already Dutch text.
 * {@code corrected} marks a value that a later correction replaced.
 */
public record TimelineEntry(LocalDate on, Instant recordedAt, String categoryKey, String summary, @Nullable String detail,
                            @Nullable String recordedBy, @Nullable String href, boolean corrected) {}
