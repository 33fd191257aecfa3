package nl.opstap.access;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * DigiD through an OIDC broker: the broker vouches for a BSN (claim {@code opstap.digid.bsn-claim}); the job seeker is
 * signed in to the file with that BSN, getting a JOB_SEEKER account on the first visit. The principal keeps only the
 * account's username and the token's subject: the BSN is not stored in the session, nor logged.
 */
class DigidUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String UNKNOWN = "digid_unknown";
    private static final Logger log = LoggerFactory.getLogger(DigidUsers.class);

    private final OAuth2UserService<OidcUserRequest, OidcUser> broker;
    private final JobSeekerIdentities identities;
    private final Users users;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final String bsnClaim;

    DigidUsers(OAuth2UserService<OidcUserRequest, OidcUser> broker, JobSeekerIdentities identities, Users users,
               PasswordEncoder passwords, Clock clock, String bsnClaim) {
        this.broker = broker;
        this.identities = identities;
        this.users = users;
        this.passwords = passwords;
        this.clock = clock;
        this.bsnClaim = bsnClaim;
    }

    @Override
    @Transactional
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser vouched = broker.loadUser(request);
        Object bsn = vouched.getClaims().get(bsnClaim);
        JobSeekerIdentities.Identity identity = (bsn == null ? java.util.Optional.<JobSeekerIdentities.Identity>empty()
                : identities.byBsn(bsn.toString())).orElseThrow(() -> new OAuth2AuthenticationException(
                        new OAuth2Error(UNKNOWN, "Er is geen dossier bij de gemeente voor deze inlog.", null)));
        UserAccount account = users.findByClientId(identity.clientId()).filter(UserAccount::enabled)
                .orElseGet(() -> firstVisit(identity));
        log.info("DigiD sign-in of account {}", account.username());
        // The raw token carries the BSN: it is not kept.
        return OidcSignIns.principal(vouched.getIdToken(), account.username(),
                List.of(new SimpleGrantedAuthority("ROLE_" + Role.JOB_SEEKER.name())));
    }

    /** The first DigiD visit: an account with an unusable random password (DigiD is the only way in until invited). */
    private UserAccount firstVisit(JobSeekerIdentities.Identity identity) {
        if (users.findByClientId(identity.clientId()).isPresent()) {
            throw new OAuth2AuthenticationException(new OAuth2Error("digid_blocked", "Dit account is geblokkeerd.", null));
        }
        String username = "digid-" + UUID.randomUUID().toString().substring(0, 8);
        UserAccount account = UserAccount.create(username, identity.displayName(), null,
                passwords.encode(UUID.randomUUID() + "-" + UUID.randomUUID()), false, identity.clientId());
        account.grant(Role.JOB_SEEKER, Set.of(identity.municipality()));
        users.save(account, clock.instant());
        return account;
    }
}
