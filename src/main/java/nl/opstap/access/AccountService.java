package nl.opstap.access;

import java.time.Clock;
import nl.opstap.shared.domain.NotFoundException;
import nl.opstap.shared.domain.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A user's own account: replacing the password. */
@Service
class AccountService {

    private static final Logger log = LoggerFactory.getLogger(AccountService.class);

    private final Users users;
    private final PasswordEncoder passwords;
    private final Clock clock;

    AccountService(Users users, PasswordEncoder passwords, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Transactional
    void changePassword(UserId id, PasswordChangeForm form) {
        UserAccount account = users.findById(id).orElseThrow(() -> new NotFoundException("Gebruiker"));
        if (!passwords.matches(form.currentPassword(), account.passwordHash())) {
            throw RuleViolation.of(PasswordChangeForm.class, "currentPassword", "mismatch",
                    "Uw huidige wachtwoord klopt niet.");
        }
        PasswordPolicy.problemWith(form.newPassword(), account.username()).ifPresent(problem -> {
            throw RuleViolation.of(PasswordChangeForm.class, "newPassword", "policy", problem);
        });
        if (!form.newPassword().equals(form.repeatPassword())) {
            throw RuleViolation.of(PasswordChangeForm.class, "repeatPassword", "mismatch",
                    "De twee nieuwe wachtwoorden zijn niet gelijk.");
        }
        if (form.newPassword().equals(form.currentPassword())) {
            throw RuleViolation.of(PasswordChangeForm.class, "newPassword", "unchanged",
                    "Kies een ander wachtwoord dan uw huidige.");
        }
        account.changePassword(passwords.encode(form.newPassword()));
        users.save(account, clock.instant());
        log.info("User {} changed their password", account.username());
    }
}
