package nl.opstap.access;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * A real OpenID Connect provider for tests (Spring Authorization Server) in its own small application on a random
 * port: any username signs in with {@link #PASSWORD}, and the ID token carries the claims the test set for that user.
 * Deliberately not a {@code @Configuration}, so Opstap's component scan does not pick it up.
 */
@EnableWebSecurity
@Import(TomcatServletWebServerAutoConfiguration.class)
class TestIdentityProvider {

    static final String CLIENT_ID = "opstap";
    static final String CLIENT_SECRET = "idp-geheim";
    static final String PASSWORD = "idp-wachtwoord";
    /** Extra ID-token claims per IdP user (e.g. groups, amr, preferred_username). */
    static final Map<String, Map<String, Object>> CLAIMS = new ConcurrentHashMap<>();
    /** Opstap's redirect URI; known only once Opstap runs on its random port. */
    static final AtomicReference<String> REDIRECT_URI = new AtomicReference<>("http://localhost/login/oauth2/code/medewerkers");

    private final KeyPair keys = rsaKeys();

    /** Only filters (no Spring MVC): Tomcat's default servlet gives the requests a target, so the filters run. */
    static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(TestIdentityProvider.class).web(WebApplicationType.SERVLET)
                .properties("server.port=0", "server.servlet.register-default-servlet=true", "spring.config.name=test-identity-provider", "spring.main.banner-mode=off")
                .run();
    }

    static int port(ConfigurableApplicationContext idp) {
        return ((WebServerApplicationContext) idp).getWebServer().getPort();
    }

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
        OAuth2AuthorizationServerConfigurer server = new OAuth2AuthorizationServerConfigurer();
        http.securityMatcher(server.getEndpointsMatcher())
                .with(server, s -> s.oidc(Customizer.withDefaults()))
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .oauth2ResourceServer(r -> r.jwt(Customizer.withDefaults()))
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain signIn(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a.anyRequest().authenticated()).formLogin(Customizer.withDefaults());
        return http.build();
    }

    @Bean
    UserDetailsService idpUsers() {
        return username -> User.withUsername(username).password("{noop}" + PASSWORD).roles("USER").build();
    }

    @Bean
    RegisteredClientRepository clients() {
        return new RegisteredClientRepository() {
            @Override
            public void save(RegisteredClient client) {
                // The server re-saves a client to upgrade its secret's encoding; the fixed client stays as it is.
            }

            @Override
            public RegisteredClient findById(String id) {
                return CLIENT_ID.equals(id) ? opstap() : null;
            }

            @Override
            public RegisteredClient findByClientId(String clientId) {
                return CLIENT_ID.equals(clientId) ? opstap() : null;
            }
        };
    }

    private static RegisteredClient opstap() {
        return RegisteredClient.withId(CLIENT_ID).clientId(CLIENT_ID).clientSecret("{noop}" + CLIENT_SECRET)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(REDIRECT_URI.get()).scope(OidcScopes.OPENID)
                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build()).build();
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> idTokenClaims() {
        return context -> {
            if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                String user = context.getPrincipal().getName();
                context.getClaims().claim("preferred_username", user);
                context.getClaims().claims(claims -> claims.putAll(CLAIMS.getOrDefault(user, Map.of())));
            }
        };
    }

    @Bean
    JWKSource<SecurityContext> jwkSource() {
        RSAKey key = new RSAKey.Builder((RSAPublicKey) keys.getPublic()).privateKey(keys.getPrivate())
                .keyID(UUID.randomUUID().toString()).build();
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    @Bean
    JwtDecoder jwtDecoder() {
        return NimbusJwtDecoder.withPublicKey((RSAPublicKey) keys.getPublic()).build();
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings() {
        return AuthorizationServerSettings.builder().build();
    }

    private static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
