package nl.opstap.access;

import java.time.Clock;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Feeds Spring Security's form sign-in from the accounts table, with lock-out and disabling. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final Users users;
    private final Clock clock;

    AccountUserDetailsService(Users users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = users.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .disabled(!account.enabled())
                .accountLocked(account.isLocked(clock.instant()))
                .authorities("ROLE_USER")
                .build();
    }
}
