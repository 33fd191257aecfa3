package nl.opstap.access;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Counts failed sign-ins per account and locks it by the lock-out policy; a success resets the count. */
@Component
class SignInEvents {

    private static final Logger log = LoggerFactory.getLogger(SignInEvents.class);

    private final Users users;
    private final LockoutPolicy policy;
    private final Clock clock;

    SignInEvents(Users users, AccessProperties properties, Clock clock) {
        this.users = users;
        this.policy = properties.lockout().policy();
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken)) {
            return;
        }
        users.findByUsername(event.getAuthentication().getName()).ifPresent(account -> {
            Instant now = clock.instant();
            if (policy.locksAfter(users.countFailure(account.id(), now))) {
                users.lock(account.id(), policy.lockedUntil(now));
                log.warn("Account {} locked after {} failed sign-ins", account.username(), policy.maxFailures());
            }
        });
    }

    @EventListener
    @Transactional
    public void succeeded(AuthenticationSuccessEvent event) {
        // With a second factor still to come, the count stays until the code is right (else a known password would
        // reset it between guesses of the code).
        if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken)
                || SignInFactors.totpRequired(event.getAuthentication())) {
            return;
        }
        users.findByUsername(event.getAuthentication().getName())
                .ifPresent(account -> users.signedIn(account.id(), clock.instant()));
    }
}
