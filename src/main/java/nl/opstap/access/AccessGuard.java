package nl.opstap.access;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthentication;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The access check every controller method starts with. It answers who is asking and over which
 * municipalities they may act for a permission, or refuses.
 */
@Component
public class AccessGuard {

    private static final Logger log = LoggerFactory.getLogger(AccessGuard.class);
    private static final String REQUEST_KEY = AccessGuard.class.getName() + ".user";

    private final Users users;

    AccessGuard(Users users) {
        this.users = users;
    }

    /** Passes when the user holds the permission in at least one municipality; throws otherwise. */
    public Access require(Permission permission) {
        CurrentUser user = currentUser();
        Scope scope = user.scopeFor(permission);
        if (scope.isEmpty() && !(permission == Permission.OWN_FILE && user.ownClientId() != null)) {
            log.warn("Access refused: user {} lacks permission {}", user.username(), permission);
            throw new AccessDeniedException("missing permission " + permission);
        }
        return new Access(user, permission, scope, channel());
    }

    /** Passes for any signed-in, active user (their own account pages). */
    public CurrentUser requireSignedIn() {
        return currentUser();
    }

    public CurrentUser currentUser() {
        return signedInUser().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("not signed in"));
    }

    /** The signed-in, active user, or empty (anonymous, or an account disabled since sign-in). */
    public Optional<CurrentUser> signedInUser() {
        return signedInAccount().map(UserAccount::toCurrentUser);
    }

    /** Whether the signed-in user still has to replace an administrator-set password. */
    boolean mustChangePassword() {
        return signedInAccount().map(UserAccount::mustChangePassword).orElse(false);
    }

    /** The account behind the request, loaded once per request. */
    private Optional<UserAccount> signedInAccount() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(REQUEST_KEY, RequestAttributes.SCOPE_REQUEST) instanceof UserAccount cached
                && cached.username().equals(auth.getName())) {
            return Optional.of(cached);
        }
        Optional<UserAccount> account = users.findByUsername(auth.getName()).filter(UserAccount::enabled);
        if (request != null && account.isPresent()) {
            request.setAttribute(REQUEST_KEY, account.get(), RequestAttributes.SCOPE_REQUEST);
        }
        return account;
    }

    private static Channel channel() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof BearerTokenAuthentication
                ? Channel.API : Channel.WEB;
    }
}
