package nl.opstap.access;

import java.time.Clock;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating accounts from other modules (first-run set-up, demo data, later: invitations). */
@Service
public class UserAccounts {

    private final Users users;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final SecondFactorService secondFactors;

    UserAccounts(Users users, PasswordEncoder passwords, Clock clock, SecondFactorService secondFactors) {
        this.secondFactors = secondFactors;
        this.users = users;
        this.passwords = passwords;
        this.clock = clock;
    }

    public String hashPassword(String raw) {
        return passwords.encode(raw);
    }

    public boolean exists(String username) {
        return users.exists(username);
    }

    public UserId idOf(String username) {
        return users.findByUsername(username).map(UserAccount::id)
                .orElseThrow(() -> new IllegalArgumentException("unknown account " + username));
    }

    public long count() {
        return users.count();
    }

    /**
     * The access an account has for a permission, for work done on its behalf outside a request
     * (imports, demo data). The processing log then names that account.
     */
    @Transactional(readOnly = true)
    public Access accessFor(UserId id, Permission permission, Channel channel) {
        CurrentUser user = users.findById(id).filter(UserAccount::enabled).map(UserAccount::toCurrentUser)
                .orElseThrow(() -> new IllegalArgumentException("unknown or disabled account"));
        return new Access(user, permission, user.scopeFor(permission), channel);
    }

    @Transactional
    public UserId create(NewAccount account) {
        if (users.exists(account.username())) {
            throw new IllegalArgumentException("username taken: " + account.username());
        }
        UserAccount created = UserAccount.create(account.username(), account.displayName(), account.email(),
                account.passwordHash(), account.mustChangePassword(), account.clientId());
        created.describe(account.displayName(), account.email(), account.economicAffairs());
        account.grants().forEach(created::grant);
        created.linkedTo(account.employerId());
        users.save(created, clock.instant());
        return created.id();
    }

    /** Links an EMPLOYER account to the employer it acts for (demo data, imports); null removes the link. */
    @Transactional
    public void linkToEmployer(UserId id, java.util.@org.jspecify.annotations.Nullable UUID employer) {
        UserAccount account = users.findById(id).orElseThrow(() -> new IllegalArgumentException("unknown account"));
        users.save(account.linkedTo(employer), clock.instant());
    }

    /**
     * Enrols a second factor with a known base32 secret (the documented demo secret), unless the account has one.
     * Answers whether it did.
     */
    @Transactional
    public boolean enrolSecondFactor(UserId id, String base32Secret) {
        return secondFactors.enrolKnown(id, new TotpSecret(base32Secret));
    }
}
