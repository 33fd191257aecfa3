package nl.opstap.access;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.opstap.organisation.MunicipalityCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff single sign-on through the organisation's IdP (OIDC). The IdP's username claim names an existing Opstap
 * staff account (no accounts are created). With a role claim configured, the IdP is the source of the account's staff
 * roles ({@link StaffRoleClaims}); a sign-in without any valid role is refused. The second factor: when the IdP
 * reports MFA ({@code amr}/{@code acr}) it is trusted, otherwise ADMIN (or whoever switched it on) gives Opstap's code.
 */
class StaffSsoUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String UNKNOWN = "sso_unknown";
    static final String NO_ROLE = "sso_no_role";
    static final String LOCKED = "sso_locked";
    private static final Logger log = LoggerFactory.getLogger(StaffSsoUsers.class);

    private final OAuth2UserService<OidcUserRequest, OidcUser> idp;
    private final Users users;
    private final SecondFactorService secondFactors;
    private final java.util.function.Predicate<MunicipalityCode> knownMunicipality;
    private final StaffSsoProperties properties;
    private final Clock clock;

    StaffSsoUsers(OAuth2UserService<OidcUserRequest, OidcUser> idp, Users users, SecondFactorService secondFactors,
                  java.util.function.Predicate<MunicipalityCode> knownMunicipality, StaffSsoProperties properties, Clock clock) {
        this.idp = idp;
        this.users = users;
        this.secondFactors = secondFactors;
        this.knownMunicipality = knownMunicipality;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    @Transactional
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser vouched = idp.loadUser(request);
        Object name = vouched.getClaims().get(properties.usernameClaim());
        Instant now = clock.instant();
        UserAccount account = (name == null ? java.util.Optional.<UserAccount>empty() : users.findByUsername(name.toString()))
                .filter(UserAccount::enabled).filter(a -> a.clientId() == null && !a.grants().containsKey(Role.EMPLOYER))
                .orElseThrow(() -> refuse(UNKNOWN, "Er is geen Opstap-account voor deze inlog."));
        if (account.isLocked(now)) {
            throw refuse(LOCKED, "Dit account is geblokkeerd.");
        }
        if (properties.rolesFromClaim()) {
            regrant(account, vouched.getClaims().get(properties.rolesClaim()), now);
        }
        boolean idpDidMfa = properties.reportsMfa(vouched.getIdToken().getAuthenticationMethods(),
                vouched.getIdToken().getAuthenticationContextClass());
        List<GrantedAuthority> authorities = new ArrayList<>(List.of(new SimpleGrantedAuthority("ROLE_USER")));
        if (!idpDidMfa && secondFactors.required(account)) {
            authorities.add(SignInFactors.REQUIRED);
        } else {
            users.signedIn(account.id(), now);
        }
        log.info("Single sign-on of account {} (MFA by the IdP: {})", account.username(), idpDidMfa);
        return OidcSignIns.principal(vouched.getIdToken(), account.username(), authorities);
    }

    /** The IdP's roles replace the account's staff roles (in every municipality). */
    private void regrant(UserAccount account, Object claim, Instant now) {
        Collection<?> values = claim instanceof Collection<?> list ? list : claim == null ? List.of() : List.of(claim);
        Map<Role, Set<MunicipalityCode>> grants = StaffRoleClaims.grants(values, knownMunicipality);
        if (grants.isEmpty()) {
            throw refuse(NO_ROLE, "Uw organisatie-account geeft geen rol in Opstap.");
        }
        Set<MunicipalityCode> everywhere = new TreeSet<>(account.toCurrentUser().municipalities());
        grants.values().forEach(everywhere::addAll);
        account.regrant(everywhere, grants);
        users.save(account, now);
    }

    private static OAuth2AuthenticationException refuse(String code, String message) {
        return new OAuth2AuthenticationException(new OAuth2Error(code, message, null));
    }
}
