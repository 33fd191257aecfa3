package nl.opstap.access;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * opstap.sso.*: staff single sign-on (docs/sso.md). The client registration is
 * {@code spring.security.oauth2.client.registration.medewerkers}.
 */
@ConfigurationProperties("opstap.sso")
record StaffSsoProperties(@DefaultValue("false") boolean enabled,
                          @DefaultValue("preferred_username") String usernameClaim,
                          @DefaultValue("") String rolesClaim,
                          @DefaultValue({"mfa", "otp", "hwk"}) List<String> mfaAmr,
                          @DefaultValue List<String> mfaAcr) {

    static final String REGISTRATION = "medewerkers";

    boolean rolesFromClaim() {
        return !rolesClaim.isBlank();
    }

    /** Whether the IdP says the user gave more than a password: an {@code amr} or {@code acr} value we trust. */
    boolean reportsMfa(@Nullable List<String> amr, @Nullable String acr) {
        return (amr != null && amr.stream().anyMatch(mfaAmr::contains)) || (acr != null && mfaAcr.contains(acr));
    }
}
