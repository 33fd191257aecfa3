package nl.opstap.access;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.stereotype.Component;

/** Resolves a bearer token to its owner: a personal access token, or in the demo a demo token. */
@Component
class TokenIntrospector implements OpaqueTokenIntrospector {

    private final TokenService tokens;
    private final ObjectProvider<DemoTokens> demoTokens;

    TokenIntrospector(TokenService tokens, ObjectProvider<DemoTokens> demoTokens) {
        this.tokens = tokens;
        this.demoTokens = demoTokens;
    }

    @Override
    public OAuth2AuthenticatedPrincipal introspect(String token) {
        Optional<String> username = tokens.usernameFor(token);
        DemoTokens demo = demoTokens.getIfAvailable();
        if (username.isEmpty() && demo != null) {
            username = demo.usernameFor(token);
        }
        String name = username.orElseThrow(() -> new BadOpaqueTokenException("unknown, expired or revoked token"));
        return new DefaultOAuth2AuthenticatedPrincipal(name, Map.of("sub", name),
                List.of(new SimpleGrantedAuthority("ROLE_API")));
    }
}
