package nl.opstap.journal;

import java.time.Instant;
import nl.opstap.access.UserId;
import org.jspecify.annotations.Nullable;

/** One text of an entry: the first, or a correction with its reason. */
public record JournalRevision(int number, @Nullable String subject, String text, @Nullable String reason, Instant writtenAt,
                              @Nullable UserId writtenBy, String writtenByName) {}
