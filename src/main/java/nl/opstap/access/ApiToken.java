package nl.opstap.access;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A personal access token as listed to its owner; the secret itself is never stored. */
record ApiToken(UUID id, UserId owner, String name, String hint, Instant createdAt, Instant expiresAt,
                @Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {

    public boolean isActive(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }

    public boolean isExpired(Instant now) {
        return revokedAt == null && !expiresAt.isAfter(now);
    }
}
