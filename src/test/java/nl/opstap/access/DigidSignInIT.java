package nl.opstap.access;

import static nl.opstap.testsupport.Fixtures.STEENWIJKERLAND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientId;
import nl.opstap.testsupport.Fixtures;
import nl.opstap.testsupport.OpstapIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * DigiD through an OIDC broker (switched on in the test profile with a broker that is never contacted): the sign-in
 * page offers it, the redirect goes to the broker, and a vouched BSN signs the job seeker in to their own file only.
 */
@OpstapIntegrationTest
class DigidSignInIT {

    @Autowired MockMvc mvc;
    @Autowired UserAccounts accounts;
    @Autowired ClientDirectory clients;
    @Autowired JobSeekerIdentities identities;
    @Autowired Users users;
    @Autowired PasswordEncoder passwords;
    @Autowired ClientRegistrationRepository registrations;

    @Test
    void theSignInPageSendsTheJobSeekerToTheBroker() throws Exception {
        mvc.perform(get("/inloggen")).andExpect(content().string(containsString("Inloggen met DigiD")));
        mvc.perform(get("/oauth2/authorization/digid")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", allOf(startsWith("https://broker.test.invalid/authorize"),
                        containsString("client_id=opstap-test"), containsString("scope=openid"))));
    }

    private DigidUsers vouchingFor(String bsn) {
        return new DigidUsers(request -> new DefaultOidcUser(java.util.List.of(), new OidcIdToken("jwt-met-bsn", Instant.now(),
                Instant.now().plusSeconds(60), Map.of("sub", "digid-subject", "bsn", bsn))), identities, users, passwords,
                Clock.systemUTC(), "bsn");
    }

    private OidcUserRequest request() {
        return new OidcUserRequest(registrations.findByRegistrationId("digid"), new OAuth2AccessToken(
                OAuth2AccessToken.TokenType.BEARER, "token", Instant.now(), Instant.now().plusSeconds(60)),
                new OidcIdToken("jwt-met-bsn", Instant.now(), Instant.now().plusSeconds(60), Map.of("sub", "digid-subject")));
    }

    @Test
    void aVouchedBsnSignsInToThatFileWithoutKeepingTheBsn() {
        var details = Fixtures.details(STEENWIJKERLAND, "Dirk", Fixtures.unique("Digid"));
        ClientId client = clients.register(new Fixtures(accounts, clients).caseworkerAccess(STEENWIJKERLAND),
                new nl.opstap.client.NewClient(details, null, null));
        OidcUser first = vouchingFor(details.bsn()).loadUser(request());
        OidcUser again = vouchingFor(details.bsn()).loadUser(request());
        assertThat(again.getName()).isEqualTo(first.getName()).startsWith("digid-");
        assertThat(users.findByUsername(first.getName()).orElseThrow().toCurrentUser().ownClientId()).isEqualTo(client.value());
        assertThat(first.getClaims().values().toString()).doesNotContain(details.bsn());
        assertThat(first.getIdToken().getTokenValue()).isNotEqualTo("jwt-met-bsn");
    }

    @Test
    void aBsnWithoutAFileIsRefusedWithoutSayingWhy() {
        String unknown = nl.opstap.testsupport.TestBsns.next();
        assertThatThrownBy(() -> vouchingFor(unknown).loadUser(request()))
                .isInstanceOf(OAuth2AuthenticationException.class).hasMessageNotContaining(unknown);
        assertThatThrownBy(() -> vouchingFor("123").loadUser(request())).isInstanceOf(OAuth2AuthenticationException.class);
    }
}
