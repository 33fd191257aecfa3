package nl.opstap.access;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.OptionalLong;
import nl.opstap.shared.crypto.DataKeys;
import nl.opstap.shared.crypto.FieldCipher;
import nl.opstap.shared.crypto.KeyedHash;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrolling, checking and resetting a staff member's TOTP second factor, and its single-use recovery codes for signing
 * in without the phone. Wrong codes count towards the lock-out.
 */
@Service
class SecondFactorService {

    enum Outcome { ACCEPTED, WRONG, LOCKED }

    /** What the enrolment page shows: the secret in groups of four and the QR code as a data URI. */
    record Enrolment(String groupedSecret, String qrCode) {}

    static final String ISSUER = "Opstap";
    private static final Logger log = LoggerFactory.getLogger(SecondFactorService.class);

    private final SecondFactors factors;
    private final RecoveryCodes recoveryCodes;
    private final KeyedHash recoveryHash;
    private final Users users;
    private final FieldCipher cipher;
    private final LockoutPolicy lockout;
    private final Clock clock;
    private final TotpRule rule = new TotpRule();

    SecondFactorService(SecondFactors factors, RecoveryCodes recoveryCodes, Users users, DataKeys keys, AccessProperties properties,
                        Clock clock) {
        this.factors = factors;
        this.recoveryCodes = recoveryCodes;
        this.recoveryHash = new KeyedHash(keys, "recovery-code");
        this.users = users;
        this.cipher = new FieldCipher(keys, "totp-secret");
        this.lockout = properties.lockout().policy();
        this.clock = clock;
    }

    /** Rule: every ADMIN needs the second factor; other staff when they switched it on. */
    boolean required(UserAccount account) {
        return account.grants().containsKey(Role.ADMIN) || factors.isConfirmed(account.id());
    }

    /** Staff only: job seekers (DigiD or their own password) and employers are not offered the second factor. */
    static boolean offeredTo(CurrentUser user) {
        return user.ownClientId() == null && !user.hasRole(Role.EMPLOYER) && !user.hasRole(Role.JOB_SEEKER);
    }

    boolean isEnrolled(UserId user) {
        return factors.isConfirmed(user);
    }

    /** The pending secret to scan, made on the first visit and kept until confirmed (a reload shows the same). */
    @Transactional
    Enrolment enrolment(CurrentUser account) {
        SecondFactors.Stored pending = factors.find(account.id()).filter(stored -> !stored.confirmed()).orElseGet(() -> {
            factors.replace(account.id(), cipher.encrypt(TotpSecret.random().base32()), null, clock.instant());
            return factors.find(account.id()).orElseThrow();
        });
        TotpSecret secret = secretOf(pending);
        return new Enrolment(secret.grouped(), QrCodes.svgDataUri(secret.uri(ISSUER, account.username())));
    }

    /** Confirms the pending secret with a first code from the app; false for a wrong code. */
    @Transactional
    boolean confirm(UserId user, String code) {
        Instant now = clock.instant();
        Optional<SecondFactors.Stored> pending = factors.find(user).filter(stored -> !stored.confirmed());
        OptionalLong step = pending.map(stored -> rule.acceptedStep(secretOf(stored).key(), code, now, 0))
                .orElse(OptionalLong.empty());
        boolean confirmed = step.isPresent() && factors.confirm(user, step.getAsLong(), now);
        if (confirmed) {
            users.signedIn(user, now);
            log.info("Second factor enrolled for user {}", user);
        }
        return confirmed;
    }

    /**
     * Checks a sign-in code: a code from the app, accepted once per time step, or an unused recovery code, accepted once;
     * a wrong one counts as a failed sign-in.
     */
    @Transactional
    Outcome verify(UserId user, String code) {
        Instant now = clock.instant();
        if (users.findById(user).map(account -> account.isLocked(now)).orElse(true)) {
            return Outcome.LOCKED;
        }
        Optional<SecondFactors.Stored> stored = factors.find(user).filter(SecondFactors.Stored::confirmed);
        OptionalLong step = stored.map(s -> rule.acceptedStep(secretOf(s).key(), code, now, s.lastUsedStep()))
                .orElse(OptionalLong.empty());
        if (step.isPresent() && factors.use(user, step.getAsLong())) {
            users.signedIn(user, now);
            return Outcome.ACCEPTED;
        }
        String recovery = RecoveryCode.normalised(code);
        if (stored.isPresent() && !recovery.isEmpty() && recoveryCodes.use(user, recoveryHash.of(recovery), now)) {
            users.signedIn(user, now);
            log.info("User {} signed in with a recovery code; {} left", user, recoveryCodes.unused(user));
            return Outcome.ACCEPTED;
        }
        if (lockout.locksAfter(users.countFailure(user, now))) {
            users.lock(user, lockout.lockedUntil(now));
            log.warn("Account {} locked after {} failed sign-ins (second factor)", user, lockout.maxFailures());
            return Outcome.LOCKED;
        }
        return Outcome.WRONG;
    }

    /** Removes the factor and its recovery codes; the next sign-in enrols again (ADMIN) or goes without (others). */
    @Transactional
    boolean reset(UserId user) {
        recoveryCodes.remove(user);
        return factors.remove(user);
    }

    /** A new set of recovery codes for an enrolled account, replacing the old set; shown once, only hashes are kept. */
    @Transactional
    List<String> newRecoveryCodes(UserId user) {
        if (!factors.isConfirmed(user)) {
            throw new IllegalStateException("no second factor to recover");
        }
        List<String> codes = Stream.generate(RecoveryCode::random).distinct().limit(RecoveryCode.PER_ACCOUNT).toList();
        recoveryCodes.replace(user, codes.stream().map(code -> recoveryHash.of(RecoveryCode.normalised(code))).toList(), clock.instant());
        log.info("New recovery codes for user {}", user);
        return codes;
    }

    int recoveryCodesLeft(UserId user) {
        return recoveryCodes.unused(user);
    }

    /** Enrols a known secret (demo accounts), unless the account has a factor already. */
    @Transactional
    boolean enrolKnown(UserId user, TotpSecret secret) {
        if (factors.find(user).filter(SecondFactors.Stored::confirmed).isPresent()) {
            return false;
        }
        factors.replace(user, cipher.encrypt(secret.base32()), clock.instant(), clock.instant());
        return true;
    }

    private TotpSecret secretOf(SecondFactors.Stored stored) {
        return new TotpSecret(cipher.decrypt(stored.secret()));
    }
}
