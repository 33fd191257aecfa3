package nl.opstap.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One entry as shown on a client's file ("wie heeft dit dossier bekeken of gewijzigd"). */
public record LogEntry(long sequence, Instant occurredAt, String username, @Nullable String role, String activity,
                       String action, String outcome, String channel) {}
