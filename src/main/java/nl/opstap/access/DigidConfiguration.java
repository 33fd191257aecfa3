package nl.opstap.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;

/**
 * DigiD sign-in for job seekers through an OIDC broker (e.g. a municipality's eHerkenning/DigiD broker), switched on
 * with {@code opstap.digid.enabled=true} and a client registration named {@code digid}
 * ({@code spring.security.oauth2.client.registration.digid.*}; see docs/digid.md).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "opstap.digid.enabled", havingValue = "true")
class DigidConfiguration {

    @Bean
    DigidUsers digidUsers(JobSeekerIdentities identities, Users users, PasswordEncoder passwords, Clock clock,
                          ClientRegistrationRepository registrations, @Value("${opstap.digid.bsn-claim:bsn}") String bsnClaim) {
        if (registrations.findByRegistrationId("digid") == null) {
            throw new IllegalStateException("opstap.digid.enabled=true needs spring.security.oauth2.client.registration.digid.*");
        }
        return new DigidUsers(new OidcUserService(), identities, users, passwords, clock, bsnClaim);
    }

    /** The broker's tokens are needed only to sign in: they are not kept in the session (they may carry the BSN). */
    static final class NotKept implements OAuth2AuthorizedClientRepository {

        @Override
        public <T extends OAuth2AuthorizedClient> @Nullable T loadAuthorizedClient(String id, Authentication principal,
                                                                                   HttpServletRequest request) {
            return null;
        }

        @Override
        public void saveAuthorizedClient(OAuth2AuthorizedClient client, Authentication principal, HttpServletRequest request,
                                         HttpServletResponse response) {}

        @Override
        public void removeAuthorizedClient(String id, Authentication principal, HttpServletRequest request,
                                           HttpServletResponse response) {}
    }
}
