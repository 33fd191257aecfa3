package nl.opstap.access;

import java.time.Clock;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Feeds Spring Security's form sign-in from the accounts table, with lock-out, disabling and the second factor's requirement. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private static final GrantedAuthority USER = new SimpleGrantedAuthority("ROLE_USER");

    private final Users users;
    private final Clock clock;
    private final SecondFactorService secondFactors;

    AccountUserDetailsService(Users users, Clock clock, SecondFactorService secondFactors) {
        this.users = users;
        this.clock = clock;
        this.secondFactors = secondFactors;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = users.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .disabled(!account.enabled())
                .accountLocked(account.isLocked(clock.instant()))
                .authorities(secondFactors.required(account) ? List.of(USER, SignInFactors.REQUIRED) : List.of(USER))
                .build();
    }
}
