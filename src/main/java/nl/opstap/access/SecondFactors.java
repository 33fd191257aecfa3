package nl.opstap.access;

import static nl.opstap.shared.jdbc.SqlValues.instant;
import static nl.opstap.shared.jdbc.SqlValues.timestamp;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The accounts' TOTP secrets (encrypted by the caller). Use and confirmation are single atomic statements. */
@Repository
class SecondFactors {

    /** One account's factor; {@code secret} is the encrypted value. */
    record Stored(String secret, @Nullable Instant confirmedAt, long lastUsedStep) {
        boolean confirmed() {
            return confirmedAt != null;
        }
    }

    private final JdbcClient jdbc;

    SecondFactors(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Stored> find(UserId user) {
        return jdbc.sql("SELECT secret, confirmed_at, last_used_step FROM user_second_factor WHERE user_id = ?")
                .param(user.value())
                .query((rs, row) -> new Stored(rs.getString("secret"), instant(rs, "confirmed_at"), rs.getLong("last_used_step")))
                .optional();
    }

    boolean isConfirmed(UserId user) {
        return find(user).map(Stored::confirmed).orElse(false);
    }

    /** A new secret to confirm, replacing an earlier one (confirmed or not). */
    void replace(UserId user, String encryptedSecret, @Nullable Instant confirmedAt, Instant now) {
        remove(user);
        jdbc.sql("INSERT INTO user_second_factor (user_id, secret, confirmed_at, last_used_step, created_at) VALUES (?, ?, ?, 0, ?)")
                .params(user.value(), encryptedSecret, timestamp(confirmedAt), timestamp(now)).update();
    }

    /** Confirms an unconfirmed factor with the step of its first code; false when there was nothing to confirm. */
    boolean confirm(UserId user, long step, Instant now) {
        return jdbc.sql("UPDATE user_second_factor SET confirmed_at = ?, last_used_step = ? WHERE user_id = ? AND confirmed_at IS NULL")
                .params(timestamp(now), step, user.value()).update() == 1;
    }

    /** Records a code's step as used; false when this or a later step was used already (a replay, or a race). */
    boolean use(UserId user, long step) {
        return jdbc.sql("""
                UPDATE user_second_factor SET last_used_step = ?
                WHERE user_id = ? AND confirmed_at IS NOT NULL AND last_used_step < ?""")
                .params(step, user.value(), step).update() == 1;
    }

    boolean remove(UserId user) {
        return jdbc.sql("DELETE FROM user_second_factor WHERE user_id = ?").param(user.value()).update() > 0;
    }
}
