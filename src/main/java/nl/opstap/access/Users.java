package nl.opstap.access;

import static nl.opstap.shared.jdbc.SqlValues.instant;
import static nl.opstap.shared.jdbc.SqlValues.timestamp;
import static nl.opstap.shared.jdbc.SqlValues.uuid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.shared.domain.PageResult;
import nl.opstap.shared.domain.Paging;
import nl.opstap.shared.domain.StaleVersionException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The accounts and their role grants. */
@Repository
class Users {

    private static final List<String> COLUMN_NAMES = List.of("id", "username", "display_name", "email",
            "password_hash", "must_change_password", "enabled", "failed_attempts", "locked_until", "last_sign_in_at",
            "client_id", "economic_affairs", "version", "employer_id");
    private static final String COLUMNS = String.join(", ", COLUMN_NAMES);
    private static final String U_COLUMNS = String.join(", ", COLUMN_NAMES.stream().map(c -> "u." + c).toList());

    private final JdbcClient jdbc;

    Users(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE username = ?")
                .param(UserAccount.normalise(username)).query(Users::map).optional().map(this::withGrants);
    }

    Optional<UserAccount> findById(UserId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE id = ?")
                .param(id.value()).query(Users::map).optional().map(this::withGrants);
    }

    /** The JOB_SEEKER account linked to a client's file (at most one). */
    Optional<UserAccount> findByClientId(java.util.UUID clientId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE client_id = ?")
                .param(clientId).query(Users::map).optional().map(this::withGrants);
    }

    boolean exists(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = ?")
                .param(UserAccount.normalise(username)).query(Long.class).single() > 0;
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
    }

    void save(UserAccount account, Instant now) {
        if (account.isNew()) {
            jdbc.sql("INSERT INTO app_user (" + COLUMNS + ", created_at, updated_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)")
                    .params(account.id().value(), account.username(), account.displayName(), account.email(),
                            account.passwordHash(), account.mustChangePassword(), account.enabled(),
                            account.failedAttempts(), timestamp(account.lockedUntil()), timestamp(account.lastSignInAt()),
                            account.clientId(), account.economicAffairs(), account.employerId(), timestamp(now), timestamp(now))
                    .update();
        } else {
            int updated = jdbc.sql("""
                            UPDATE app_user SET display_name = ?, email = ?, password_hash = ?, must_change_password = ?,
                                   enabled = ?, economic_affairs = ?, employer_id = ?, updated_at = ?, version = version + 1
                            WHERE id = ? AND version = ?""")
                    .params(account.displayName(), account.email(), account.passwordHash(), account.mustChangePassword(),
                            account.enabled(), account.economicAffairs(), account.employerId(), timestamp(now), account.id().value(),
                            account.version())
                    .update();
            if (updated == 0) {
                throw new StaleVersionException("Deze gebruiker", currentVersion(account.id()));
            }
            jdbc.sql("DELETE FROM user_role WHERE user_id = ?").param(account.id().value()).update();
        }
        account.grants().forEach((role, codes) -> codes.forEach(code ->
                jdbc.sql("INSERT INTO user_role (user_id, role, municipality_code) VALUES (?, ?, ?)")
                        .params(account.id().value(), role.name(), code.value()).update()));
    }

    /*
     * Sign-in bookkeeping is written with single atomic statements (no read-modify-write), so parallel
     * attempts cannot lose a count, and without a version bump, so it never conflicts with an edit.
     */

    /** Counts one more failed sign-in and answers the count, unless the account is locked now. */
    int countFailure(UserId id, Instant now) {
        jdbc.sql("""
                UPDATE app_user SET failed_attempts = failed_attempts + 1
                WHERE id = ? AND (locked_until IS NULL OR locked_until <= ?)""")
                .params(id.value(), timestamp(now)).update();
        return jdbc.sql("SELECT failed_attempts FROM app_user WHERE id = ?").param(id.value()).query(Integer.class).single();
    }

    void lock(UserId id, Instant until) {
        jdbc.sql("UPDATE app_user SET locked_until = ?, failed_attempts = 0 WHERE id = ?")
                .params(timestamp(until), id.value()).update();
    }

    void unlock(UserId id) {
        jdbc.sql("UPDATE app_user SET locked_until = NULL, failed_attempts = 0 WHERE id = ?").param(id.value()).update();
    }

    void signedIn(UserId id, Instant now) {
        jdbc.sql("UPDATE app_user SET failed_attempts = 0, locked_until = NULL, last_sign_in_at = ? WHERE id = ?")
                .params(timestamp(now), id.value()).update();
    }

    /**
     * Staff accounts whose every role lies within the given municipalities (accounts without roles
     * included), by name. Job seekers' accounts belong to their file, not to this list.
     */
    PageResult<UserAccount> search(Collection<MunicipalityCode> municipalities, String text, Paging paging) {
        String like = "%" + text.strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\")
                .replace("%", "\\%").replace("_", "\\_") + "%";
        List<String> codes = municipalities.isEmpty() ? List.of("-")
                : municipalities.stream().map(MunicipalityCode::value).toList();
        String where = """
                u.client_id IS NULL
                AND NOT EXISTS (SELECT 1 FROM user_role r WHERE r.user_id = u.id AND r.municipality_code NOT IN (:codes))
                AND (LOWER(u.username) LIKE :like ESCAPE '\\' OR LOWER(u.display_name) LIKE :like ESCAPE '\\')""";
        long total = jdbc.sql("SELECT COUNT(*) FROM app_user u WHERE " + where)
                .param("codes", codes).param("like", like).query(Long.class).single();
        List<UserAccount> page = jdbc.sql("SELECT " + U_COLUMNS + " FROM app_user u WHERE " + where + " ORDER BY u.display_name, u.username LIMIT :limit OFFSET :offset")
                .param("codes", codes).param("like", like).param("limit", paging.size()).param("offset", paging.offset())
                .query(Users::map).list();
        return new PageResult<>(withGrants(page), paging.page(), paging.size(), total);
    }

    Map<UserId, String> displayNames(Collection<UserId> ids) {
        Map<UserId, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        jdbc.sql("SELECT id, display_name FROM app_user WHERE id IN (:ids)")
                .param("ids", ids.stream().map(UserId::value).distinct().toList())
                .query(rs -> {
                    names.put(new UserId(uuid(rs, "id")), rs.getString("display_name"));
                });
        return names;
    }

    List<UserAccount> holding(Role role, Collection<MunicipalityCode> municipalities) {
        if (municipalities.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE enabled = TRUE AND id IN "
                        + "(SELECT user_id FROM user_role WHERE role = :role AND municipality_code IN (:codes)) "
                        + "ORDER BY display_name")
                .param("role", role.name())
                .param("codes", municipalities.stream().map(MunicipalityCode::value).toList())
                .query(Users::map).list();
    }

    /** Every account (active or not) holding a role in any of the municipalities, with all its grants, by username. */
    List<UserAccount> withRoleIn(Collection<MunicipalityCode> municipalities) {
        if (municipalities.isEmpty()) {
            return List.of();
        }
        return withGrants(jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE id IN "
                        + "(SELECT user_id FROM user_role WHERE municipality_code IN (:codes)) ORDER BY username")
                .param("codes", municipalities.stream().map(MunicipalityCode::value).toList())
                .query(Users::map).list());
    }

    private int currentVersion(UserId id) {
        return jdbc.sql("SELECT version FROM app_user WHERE id = ?").param(id.value()).query(Integer.class)
                .optional().orElse(-1);
    }

    private UserAccount withGrants(UserAccount account) {
        return withGrants(List.of(account)).getFirst();
    }

    private List<UserAccount> withGrants(List<UserAccount> accounts) {
        if (accounts.isEmpty()) {
            return accounts;
        }
        Map<UUID, UserAccount> byId = new HashMap<>();
        accounts.forEach(a -> byId.put(a.id().value(), a));
        jdbc.sql("SELECT user_id, role, municipality_code FROM user_role WHERE user_id IN (:ids)")
                .param("ids", new ArrayList<>(byId.keySet()))
                .query(rs -> {
                    byId.get(uuid(rs, "user_id")).grant(Role.valueOf(rs.getString("role")),
                            Set.of(new MunicipalityCode(rs.getString("municipality_code"))));
                });
        return accounts;
    }

    private static UserAccount map(ResultSet rs, int row) throws SQLException {
        return new UserAccount(new UserId(uuid(rs, "id")), rs.getString("username"), rs.getString("display_name"),
                rs.getString("email"), rs.getString("password_hash"), rs.getBoolean("must_change_password"),
                rs.getBoolean("enabled"), rs.getInt("failed_attempts"), instant(rs, "locked_until"),
                instant(rs, "last_sign_in_at"), uuid(rs, "client_id"), rs.getBoolean("economic_affairs"),
                rs.getInt("version")).linkedTo(uuid(rs, "employer_id"));
    }
}
