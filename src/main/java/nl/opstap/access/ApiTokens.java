package nl.opstap.access;

import static nl.opstap.shared.jdbc.SqlValues.instant;
import static nl.opstap.shared.jdbc.SqlValues.timestamp;
import static nl.opstap.shared.jdbc.SqlValues.uuid;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored tokens: hash, owner, validity. */
@Repository
class ApiTokens {

    record Holder(UUID tokenId, String username, Instant lastUsedAt) {}

    private final JdbcClient jdbc;

    ApiTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(ApiToken token, String hash) {
        jdbc.sql("""
                INSERT INTO api_token (id, user_id, name, token_hash, token_hint, created_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(token.id(), token.owner().value(), token.name(), hash, token.hint(),
                        timestamp(token.createdAt()), timestamp(token.expiresAt()))
                .update();
    }

    List<ApiToken> of(UserId owner) {
        return jdbc.sql("""
                SELECT id, user_id, name, token_hint, created_at, expires_at, last_used_at, revoked_at
                FROM api_token WHERE user_id = ? ORDER BY created_at DESC""")
                .param(owner.value())
                .query((rs, n) -> new ApiToken(uuid(rs, "id"), new UserId(uuid(rs, "user_id")), rs.getString("name"),
                        rs.getString("token_hint"), instant(rs, "created_at"), instant(rs, "expires_at"),
                        instant(rs, "last_used_at"), instant(rs, "revoked_at")))
                .list();
    }

    /** The active token with this hash whose owner is an enabled account. */
    Optional<Holder> activeHolder(String hash, Instant now) {
        return jdbc.sql("""
                SELECT t.id, u.username, t.last_used_at FROM api_token t JOIN app_user u ON u.id = t.user_id
                WHERE t.token_hash = ? AND t.revoked_at IS NULL AND t.expires_at > ? AND u.enabled = TRUE""")
                .params(hash, timestamp(now))
                .query((rs, n) -> new Holder(uuid(rs, "id"), rs.getString("username"), instant(rs, "last_used_at")))
                .optional();
    }

    boolean revoke(UserId owner, UUID tokenId, Instant now) {
        return jdbc.sql("UPDATE api_token SET revoked_at = ? WHERE id = ? AND user_id = ? AND revoked_at IS NULL")
                .params(timestamp(now), tokenId, owner.value()).update() == 1;
    }

    void revokeAll(UserId owner, Instant now) {
        jdbc.sql("UPDATE api_token SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL")
                .params(timestamp(now), owner.value()).update();
    }

    void touch(UUID tokenId, Instant now) {
        jdbc.sql("UPDATE api_token SET last_used_at = ? WHERE id = ?").params(timestamp(now), tokenId).update();
    }
}
