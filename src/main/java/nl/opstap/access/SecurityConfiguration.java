package nl.opstap.access;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.authorization.AuthorizationManagerFactories;
import org.springframework.security.authorization.DefaultAuthorizationManagerFactory;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Four filter chains: the API (bearer tokens, stateless), actuator, the OpenAPI document, and the
 * screens (form sign-in, session in the database, CSRF). Authorisation itself happens in every
 * controller method through {@link AccessGuard}; here only "signed in or not" is decided.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String SCREEN_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private static final LoginUrlAuthenticationEntryPoint SIGN_IN = new LoginUrlAuthenticationEntryPoint("/inloggen");
    private static final LoginUrlAuthenticationEntryPoint SECOND_FACTOR =
            new LoginUrlAuthenticationEntryPoint(SecondFactorController.CODE_PATH);

    @Bean
    PasswordEncoder passwordEncoder() {
        // Argon2id for new hashes; bcrypt still verifies hashes imported from elsewhere.
        return new DelegatingPasswordEncoder("argon2", Map.of(
                "argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder(12)));
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, TokenIntrospector introspector, ProblemResponses problems) throws Exception {
        http.securityMatcher(SecurityConfiguration::isApiCall)
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .oauth2ResourceServer(o -> o.opaqueToken(t -> t.introspector(introspector))
                        .authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(h -> commonHeaders(h).contentSecurityPolicy(c -> c.policyDirectives(
                        "default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain management(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus", "/actuator/info")
                        .permitAll()
                        .anyRequest().denyAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .headers(h -> commonHeaders(h));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain apiDocumentation(HttpSecurity http) throws Exception {
        // The OpenAPI document and its Swagger UI are public; Swagger UI needs inline styles.
        http.securityMatcher("/api/v1/openapi.json", "/api/v1/openapi.json/**", "/api/v1/openapi.yaml",
                        "/api/v1/documentatie", "/api/v1/documentatie/**", "/api/v1/swagger-ui/**", "/swagger-ui/**")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .headers(h -> commonHeaders(h).contentSecurityPolicy(c -> c.policyDirectives(
                        "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                                + "object-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain screens(HttpSecurity http, SignInFailureHandler failures, ObjectProvider<DigidUsers> digid,
                                ObjectProvider<StaffSsoUsers> staffSso) throws Exception {
        if (digid.getIfAvailable() != null || staffSso.getIfAvailable() != null) {
            OidcSignIns oidc = new OidcSignIns(digid.getIfAvailable(), staffSso.getIfAvailable());
            http.oauth2Login(o -> o.loginPage("/inloggen").failureHandler(oidc)
                    .userInfoEndpoint(u -> u.oidcUserService(oidc))
                    .authorizedClientRepository(new DigidConfiguration.NotKept()));
        }
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/inloggen", "/activeren", "/css/**", "/js/**", "/img/**", "/webjars/**",
                                "/favicon.ico", "/error")
                        .permitAll()
                        .requestMatchers(SecondFactorController.CODE_PATH, SecondFactorController.ENROL_PATH).authenticated()
                        .anyRequest().access(secondFactorWhereRequired().authenticated()))
                .formLogin(f -> f.loginPage("/inloggen").loginProcessingUrl("/inloggen")
                        .usernameParameter("gebruikersnaam").passwordParameter("wachtwoord")
                        .defaultSuccessUrl("/", false).failureHandler(failures).permitAll())
                .logout(l -> l.logoutUrl("/uitloggen").logoutSuccessUrl("/inloggen?uitgelogd")
                        .deleteCookies("OPSTAP_SESSIE"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, exception) -> {
                    if (request.getHeader("HX-Request") != null) {
                        htmxToSignIn(request, response);
                    } else {
                        SIGN_IN.commence(request, response, exception);
                    }
                }).defaultDeniedHandlerForMissingAuthority(SECOND_FACTOR, SignInFactors.TOTP))
                .headers(h -> commonHeaders(h).contentSecurityPolicy(c -> c.policyDirectives(SCREEN_CSP)));
        return http.build();
    }

    /** A session whose sign-in required TOTP (ADMIN, or switched on) reaches nothing but the code pages without it. */
    private static DefaultAuthorizationManagerFactory<RequestAuthorizationContext> secondFactorWhereRequired() {
        return AuthorizationManagerFactories.<RequestAuthorizationContext>multiFactor()
                .requireFactors(SignInFactors.TOTP).when(SignInFactors::totpRequired).build();
    }

    private static HeadersConfigurer<HttpSecurity> commonHeaders(HeadersConfigurer<HttpSecurity> headers) {
        return headers
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .contentTypeOptions(Customizer.withDefaults())
                .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                .httpStrictTransportSecurity(h -> h.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                .addHeaderWriter((request, response) -> {
                    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
                    response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
                });
    }

    /** An htmx request after the session expired: send the whole page to the sign-in page, not a fragment. */
    private static void htmxToSignIn(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response) {
        response.setHeader("HX-Redirect", request.getContextPath() + "/inloggen");
        response.setStatus(jakarta.servlet.http.HttpServletResponse.SC_UNAUTHORIZED);
    }

    static boolean isApiCall(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") && !path.startsWith("/api/v1/openapi.") && !path.startsWith("/api/v1/documentatie")
                && !path.startsWith("/api/v1/swagger-ui");
    }
}
