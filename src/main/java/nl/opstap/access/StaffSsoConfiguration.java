package nl.opstap.access;

import java.time.Clock;
import nl.opstap.organisation.Municipalities;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * Staff single sign-on through the organisation's IdP, switched on with {@code opstap.sso.enabled=true} and a client
 * registration named {@code medewerkers} (docs/sso.md).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "opstap.sso.enabled", havingValue = "true")
class StaffSsoConfiguration {

    @Bean
    StaffSsoUsers staffSsoUsers(Users users, SecondFactorService secondFactors, Municipalities municipalities,
                                StaffSsoProperties properties, Clock clock, ClientRegistrationRepository registrations) {
        if (registrations.findByRegistrationId(StaffSsoProperties.REGISTRATION) == null) {
            throw new IllegalStateException(
                    "opstap.sso.enabled=true needs spring.security.oauth2.client.registration.medewerkers.*");
        }
        return new StaffSsoUsers(new OidcUserService(), users, secondFactors, code -> municipalities.find(code).isPresent(),
                properties, clock);
    }
}
