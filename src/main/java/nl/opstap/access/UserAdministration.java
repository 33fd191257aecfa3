package nl.opstap.access;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.shared.domain.NotFoundException;
import nl.opstap.shared.domain.PageResult;
import nl.opstap.shared.domain.Paging;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.shared.domain.StaleVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an administrator does with users. An administrator manages only accounts whose every role lies
 * within their own municipalities (so nobody can take over a colleague with wider rights), and grants
 * roles only within those municipalities. Job seekers' accounts belong to their file, not to this screen.
 */
@Service
class UserAdministration {

    private static final Logger log = LoggerFactory.getLogger(UserAdministration.class);

    private final Users users;
    private final ApiTokens tokens;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final List<EmployerOptions> employerOptions;
    private final SecondFactorService secondFactors;

    UserAdministration(Users users, ApiTokens tokens, PasswordEncoder passwords, Clock clock, List<EmployerOptions> employerOptions,
                       SecondFactorService secondFactors) {
        this.employerOptions = employerOptions;
        this.secondFactors = secondFactors;
        this.users = users;
        this.tokens = tokens;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    PageResult<UserAccount> search(Access admin, String text, Paging paging) {
        return users.search(admin.scope().municipalities(), text == null ? "" : text, paging);
    }

    /** An account the administrator may manage: every role it holds lies within their municipalities. */
    @Transactional(readOnly = true)
    UserAccount get(Access admin, UserId id) {
        return users.findById(id).filter(account -> account.isManageableWithin(admin.scope().municipalities()))
                .orElseThrow(() -> new NotFoundException("Gebruiker"));
    }

    @Transactional
    UserId create(Access admin, UserForm form) {
        if (users.exists(form.username())) {
            throw RuleViolation.conflict(UserForm.class, "username", "taken", "Deze gebruikersnaam bestaat al.");
        }
        PasswordPolicy.problemWith(form.temporaryPassword(), form.username()).ifPresent(problem -> {
            throw RuleViolation.of(UserForm.class, "temporaryPassword", "policy", problem);
        });
        Map<Role, Set<MunicipalityCode>> grants = grantsWithin(admin, form);
        UserAccount account = UserAccount.create(form.username(), form.displayName(), form.email(),
                passwords.encode(form.temporaryPassword()), true, null);
        account.describe(form.displayName(), form.email(), form.economicAffairs());
        account.regrant(admin.scope().municipalities(), grants);
        account.linkedTo(employerFor(admin, form, account));
        try {
            users.save(account, clock.instant());
        } catch (DuplicateKeyException sameNameMeanwhile) {
            throw RuleViolation.conflict(UserForm.class, "username", "taken", "Deze gebruikersnaam bestaat al.");
        }
        log.info("Administrator {} created user {} with roles {}", admin.user().username(), account.username(),
                RoleGrid.cells(account.grants()));
        return account.id();
    }

    @Transactional
    void update(Access admin, UserId id, UserForm form) {
        UserAccount account = get(admin, id);
        if (form.version() == null || form.version() != account.version()) {
            throw new StaleVersionException("Deze gebruiker", account.version());
        }
        Map<Role, Set<MunicipalityCode>> grants = grantsWithin(admin, form);
        if (account.id().equals(admin.user().id())
                && !grants.getOrDefault(Role.ADMIN, Set.of()).containsAll(
                        admin.scope().narrowedTo(account.grants().getOrDefault(Role.ADMIN, Set.of())).municipalities())) {
            throw RuleViolation.of(UserForm.class, "grants", "self",
                    "U kunt uw eigen beheerdersrol niet intrekken; vraag dat een andere beheerder.");
        }
        account.describe(form.displayName(), form.email(), form.economicAffairs());
        account.regrant(admin.scope().municipalities(), grants);
        account.linkedTo(employerFor(admin, form, account));
        users.save(account, clock.instant());
        log.info("Administrator {} changed user {}: roles now {}", admin.user().username(), account.username(),
                RoleGrid.cells(account.grants()));
    }

    @Transactional
    void unlock(Access admin, UserId id) {
        UserAccount account = get(admin, id);
        users.unlock(account.id());
        log.info("Administrator {} unlocked user {}", admin.user().username(), account.username());
    }

    /** Recovery for a lost phone: the factor goes, and the user enrols a new one at the next sign-in (ADMIN must). */
    @Transactional
    void resetSecondFactor(Access admin, UserId id) {
        UserAccount account = get(admin, id);
        if (secondFactors.reset(account.id())) {
            log.info("Administrator {} reset the second factor of user {}", admin.user().username(), account.username());
        }
    }

    @Transactional(readOnly = true)
    boolean hasSecondFactor(UserAccount account) {
        return secondFactors.isEnrolled(account.id());
    }

    @Transactional
    void resetPassword(Access admin, UserId id, String temporaryPassword) {
        UserAccount account = get(admin, id);
        PasswordPolicy.problemWith(temporaryPassword, account.username()).ifPresent(problem -> {
            throw RuleViolation.of(UserForm.class, "temporaryPassword", "policy", problem);
        });
        account.resetPassword(passwords.encode(temporaryPassword));
        users.save(account, clock.instant());
        users.unlock(account.id());
        // A reset usually means the account may be compromised: its API tokens stop working too.
        tokens.revokeAll(account.id(), clock.instant());
        log.info("Administrator {} set a temporary password for user {} and revoked its API tokens",
                admin.user().username(), account.username());
    }

    @Transactional
    void setEnabled(Access admin, UserId id, boolean enabled) {
        UserAccount account = get(admin, id);
        if (!enabled && account.id().equals(admin.user().id())) {
            throw RuleViolation.of(UserForm.class, "", "self", "U kunt uw eigen account niet blokkeren.");
        }
        if (enabled) {
            account.enable();
        } else {
            account.disable();
            tokens.revokeAll(account.id(), clock.instant());
        }
        users.save(account, clock.instant());
        log.info("Administrator {} {} user {}", admin.user().username(), enabled ? "enabled" : "disabled",
                account.username());
    }

    /** The employers of the administrator's municipalities (none when the employer module is absent). */
    List<EmployerOptions.Option> employerOptions(Access admin) {
        return employerOptions.stream().flatMap(o -> o.within(admin).stream()).toList();
    }

    /** Rule: only an account with the EMPLOYER role is linked, and only to an employer of the administrator's municipalities. */
    private java.util.@org.jspecify.annotations.Nullable UUID employerFor(Access admin, UserForm form, UserAccount account) {
        if (form.employerId() == null) {
            return null;
        }
        if (!account.grants().containsKey(Role.EMPLOYER)) {
            throw RuleViolation.of(UserForm.class, "employerId", "role", "Alleen een account met de rol werkgever koppelt u aan een werkgever.");
        }
        if (employerOptions(admin).stream().noneMatch(o -> o.id().equals(form.employerId()))) {
            throw RuleViolation.of(UserForm.class, "employerId", "unknown", "Kies een werkgever uit de lijst.");
        }
        return form.employerId();
    }

    private static Map<Role, Set<MunicipalityCode>> grantsWithin(Access admin, UserForm form) {
        Map<Role, Set<MunicipalityCode>> grants = RoleGrid.parse(form.grants());
        grants.values().forEach(codes -> codes.retainAll(admin.scope().municipalities()));
        grants.values().removeIf(Set::isEmpty);
        return grants;
    }

}
