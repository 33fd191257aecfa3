package nl.opstap.access;

import java.util.Optional;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: every enabled account accepts the token {@code demo-token-<username>}, so the
 * API can be tried without creating a token first. This bean does not exist outside the demo profile.
 */
@Component
@Profile("demo")
class DemoTokens {

    static final String PREFIX = "demo-token-";

    private final Users users;

    DemoTokens(Users users) {
        this.users = users;
    }

    Optional<String> usernameFor(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return users.findByUsername(token.substring(PREFIX.length()))
                .filter(UserAccount::enabled)
                .map(UserAccount::username);
    }
}
