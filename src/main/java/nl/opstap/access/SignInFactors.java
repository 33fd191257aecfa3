package nl.opstap.access;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The authorities that carry the second factor through a session. A sign-in that needs TOTP gets {@link #TOTP_REQUIRED};
 * the code page adds the factor {@link #TOTP}. Authorisation (SecurityConfiguration) demands the factor only where it
 * was required, so sessions made in other ways (API tokens, tests' mock users) are not affected.
 */
final class SignInFactors {

    static final String TOTP = "FACTOR_TOTP";
    static final String TOTP_REQUIRED = "OPSTAP_TOTP_REQUIRED";
    static final GrantedAuthority REQUIRED = new SimpleGrantedAuthority(TOTP_REQUIRED);

    private SignInFactors() {}

    static boolean totpRequired(Authentication authentication) {
        return has(authentication, TOTP_REQUIRED);
    }

    /** Signed in with the password (or SSO) but not yet with the code. */
    static boolean pending(Authentication authentication) {
        return totpRequired(authentication) && !has(authentication, TOTP);
    }

    static Authentication withTotp(Authentication authentication) {
        return authentication.toBuilder().authorities(a -> a.add(FactorGrantedAuthority.fromAuthority(TOTP))).build();
    }

    private static boolean has(Authentication authentication, String authority) {
        return authentication != null && authentication.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
    }
}
