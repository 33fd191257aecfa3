package nl.opstap.access;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.opstap.organisation.MunicipalityCode;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Portal access for job seekers: a caseworker invites, the job seeker activates with the one-time code. A new
 * invitation closes the open one. Activating creates the JOB_SEEKER account linked to the file, or, when the file
 * already has one (a forgotten password), sets a new password on it.
 */
@Service
public class PortalInvitations {

    /** How long a code stays valid. */
    static final Duration VALIDITY = Duration.ofDays(14);
    private static final Logger log = LoggerFactory.getLogger(PortalInvitations.class);
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /** A fresh invitation: the code (shown once to the caseworker, never stored) and its last valid day. */
    public record Issued(String code, LocalDate validUntil) {}

    /** The portal state of a client's file, for the caseworker. */
    public record Status(@Nullable String username, @Nullable Instant lastSignInAt, @Nullable LocalDate openInvitationUntil) {}

    private final JdbcClient jdbc;
    private final Users users;
    private final PasswordEncoder passwords;
    private final Clock clock;

    PortalInvitations(JdbcClient jdbc, Users users, PasswordEncoder passwords, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.passwords = passwords;
        this.clock = clock;
    }

    /**
     * Anonymising a file (ADR 0021): the job seeker's account can no longer sign in and keeps neither name, username nor
     * e-mail address (its id stays, as the processing log names it); the invitations lose the name. Returns rows changed.
     */
    @Transactional
    public int eraseFor(UUID clientId) {
        int changed = jdbc.sql("""
                UPDATE app_user SET username = CONCAT('geanonimiseerd-', SUBSTRING(CAST(id AS VARCHAR(36)), 1, 8)),
                       display_name = 'Geanonimiseerd', email = NULL, password_hash = '!', enabled = FALSE, updated_at = ?
                WHERE client_id = ?""").params(Timestamp.from(clock.instant()), clientId).update();
        jdbc.sql("DELETE FROM api_token WHERE user_id IN (SELECT id FROM app_user WHERE client_id = ?)").param(clientId).update();
        return changed + jdbc.sql("UPDATE portal_invitation SET display_name = 'Geanonimiseerd' WHERE client_id = ?")
                .param(clientId).update();
    }

    /** Invites the client (access for CLIENT_WRITE in the client's municipality; the caller checked the client). */
    @Transactional
    public Issued invite(Access access, UUID clientId, MunicipalityCode municipality, String displayName) {
        if (access.permission() != Permission.CLIENT_WRITE || !access.scope().contains(municipality)) {
            throw new AccessDeniedException("no CLIENT_WRITE for " + municipality);
        }
        Instant now = clock.instant();
        jdbc.sql("UPDATE portal_invitation SET closed_at = ?, closed_how = 'VERVANGEN' WHERE client_id = ? AND closed_at IS NULL")
                .params(Timestamp.from(now), clientId).update();
        String code = InvitationCode.generate();
        Instant expires = now.plus(VALIDITY);
        jdbc.sql("""
                INSERT INTO portal_invitation (id, client_id, municipality_code, display_name, code_hash, invited_by, invited_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), clientId, municipality.value(), displayName, InvitationCode.hash(code),
                        access.user().id().value(), Timestamp.from(now), Timestamp.from(expires)).update();
        return new Issued(code, LocalDate.ofInstant(expires, ZONE));
    }

    @Transactional(readOnly = true)
    public Status statusOf(UUID clientId) {
        Optional<UserAccount> account = users.findByClientId(clientId);
        Optional<Instant> open = jdbc.sql("""
                SELECT expires_at FROM portal_invitation WHERE client_id = ? AND closed_at IS NULL AND expires_at > ?""")
                .params(clientId, Timestamp.from(clock.instant())).query(Instant.class).optional();
        return new Status(account.map(UserAccount::username).orElse(null), account.map(UserAccount::lastSignInAt).orElse(null),
                open.map(i -> LocalDate.ofInstant(i, ZONE)).orElse(null));
    }

    /** Activates the code; every refusal is a {@link nl.opstap.shared.domain.RuleViolation} on the form's field. */
    @Transactional
    String activate(ActivationForm form) {
        Instant now = clock.instant();
        Invitation invitation = open(form.code(), now);
        Optional<UserAccount> existing = users.findByClientId(invitation.clientId());
        String username = existing.map(UserAccount::username).orElse(form.username());
        Activation.check(form, username, existing.isEmpty() && users.exists(username));
        UserAccount account = existing.orElseGet(() -> UserAccount.create(username, invitation.displayName(), null,
                passwords.encode(form.password()), false, invitation.clientId()));
        if (existing.isEmpty()) {
            account.grant(Role.JOB_SEEKER, Set.of(invitation.municipality()));
        } else {
            account.changePassword(passwords.encode(form.password()));
            account.enable();
        }
        users.save(account, now);
        jdbc.sql("UPDATE portal_invitation SET closed_at = ?, closed_how = 'GEBRUIKT', user_id = ? WHERE id = ? AND closed_at IS NULL")
                .params(Timestamp.from(now), account.id().value(), invitation.id()).update();
        log.info("Portal account {} activated by invitation {}", account.username(), invitation.id());
        return account.username();
    }

    private record Invitation(UUID id, UUID clientId, MunicipalityCode municipality, String displayName) {}

    private Invitation open(String code, Instant now) {
        if (!InvitationCode.looksValid(code)) {
            throw Activation.invalidCode();
        }
        return jdbc.sql("""
                SELECT id, client_id, municipality_code, display_name FROM portal_invitation
                WHERE code_hash = ? AND closed_at IS NULL AND expires_at > ?""")
                .params(InvitationCode.hash(code), Timestamp.from(now))
                .query((rs, n) -> new Invitation(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        new MunicipalityCode(rs.getString(3)), rs.getString(4)))
                .optional().orElseThrow(Activation::invalidCode);
    }
}
