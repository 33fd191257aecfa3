package nl.opstap.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * DigiD (job seekers) and staff single sign-on share Spring's OIDC login: each client registration has its own user
 * service, and a refusal goes back to the sign-in page with its own Dutch message.
 */
final class OidcSignIns implements OAuth2UserService<OidcUserRequest, OidcUser>, AuthenticationFailureHandler {

    private static final Map<String, String> SSO_REASONS = Map.of(StaffSsoUsers.UNKNOWN, "onbekend",
            StaffSsoUsers.NO_ROLE, "geen-rol", StaffSsoUsers.LOCKED, "geblokkeerd");

    private static final String USERNAME = "opstap_username";

    private final @Nullable DigidUsers digid;
    private final @Nullable StaffSsoUsers staff;

    OidcSignIns(@Nullable DigidUsers digid, @Nullable StaffSsoUsers staff) {
        this.digid = digid;
        this.staff = staff;
    }

    /** The session's principal: the subject and the Opstap username only; the IdP's token is not kept (DigiD's has the BSN). */
    static OidcUser principal(OidcIdToken token, String username, Collection<? extends GrantedAuthority> authorities) {
        OidcIdToken kept = new OidcIdToken("niet-bewaard", token.getIssuedAt(), token.getExpiresAt(),
                Map.of("sub", token.getSubject(), USERNAME, username));
        return new DefaultOidcUser(authorities, kept, USERNAME);
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        String registration = request.getClientRegistration().getRegistrationId();
        if ("digid".equals(registration) && digid != null) {
            return digid.loadUser(request);
        }
        if (StaffSsoProperties.REGISTRATION.equals(registration) && staff != null) {
            return staff.loadUser(request);
        }
        throw new OAuth2AuthenticationException(new OAuth2Error("unknown_registration"));
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String code = exception instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode() : "";
        String target = SSO_REASONS.containsKey(code) ? "sso=" + SSO_REASONS.get(code)
                : code.startsWith("digid") || staff == null ? "digid" : "sso=mislukt";
        response.sendRedirect(request.getContextPath() + "/inloggen?" + target);
    }
}
