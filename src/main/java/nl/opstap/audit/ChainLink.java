package nl.opstap.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Rule: an entry's hash is SHA-256 over the previous entry's hash and every stored field of this
 * entry, so changing, removing or reordering any entry breaks every later hash.
 */
record ChainLink(long seq, UUID id, Instant occurredAt, @Nullable UUID userId, String username, @Nullable String role,
                 String activity, String action, @Nullable String subject, @Nullable String municipality,
                 String outcome, String channel, @Nullable String requestId, String prevHash) {

    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    String hash() {
        String canonical = String.join("|", String.valueOf(seq), id.toString(), occurredAt.toString(),
                String.valueOf(userId), username, String.valueOf(role), activity, action, String.valueOf(subject),
                String.valueOf(municipality), outcome, channel, String.valueOf(requestId), prevHash);
        return HexFormat.of().formatHex(SHA_256.get().digest(canonical.getBytes(StandardCharsets.UTF_8)));
    }
}
