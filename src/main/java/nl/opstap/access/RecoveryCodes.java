package nl.opstap.access;

import static nl.opstap.shared.jdbc.SqlValues.timestamp;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The keyed hashes of the accounts' recovery codes (hashed by the caller). Using one is a single atomic statement. */
@Repository
class RecoveryCodes {

    private final JdbcClient jdbc;

    RecoveryCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new set, replacing every earlier code of the account, used or not. */
    void replace(UserId user, List<String> hashes, Instant now) {
        remove(user);
        for (String hash : hashes) {
            jdbc.sql("INSERT INTO user_recovery_code (user_id, code_hash, created_at) VALUES (?, ?, ?)")
                    .params(user.value(), hash, timestamp(now)).update();
        }
    }

    /** Marks the code used; false when the account has no such unused code (wrong, used, or a race). */
    boolean use(UserId user, String hash, Instant now) {
        return jdbc.sql("UPDATE user_recovery_code SET used_at = ? WHERE user_id = ? AND code_hash = ? AND used_at IS NULL")
                .params(timestamp(now), user.value(), hash).update() == 1;
    }

    int unused(UserId user) {
        return jdbc.sql("SELECT COUNT(*) FROM user_recovery_code WHERE user_id = ? AND used_at IS NULL")
                .param(user.value()).query(Integer.class).single();
    }

    void remove(UserId user) {
        jdbc.sql("DELETE FROM user_recovery_code WHERE user_id = ?").param(user.value()).update();
    }
}
