package nl.opstap.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.opstap.shared.domain.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, lists, revokes and checks personal access tokens. A token carries 240 random bits, so a
 * plain SHA-256 is a safe way to store it (a slow hash only matters for guessable secrets).
 */
@Service
class TokenService {

    static final String PREFIX = "opstap_";
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(5);
    private static final SecureRandom RANDOM = new SecureRandom();

    record IssuedToken(ApiToken token, String secret) {}

    private final ApiTokens tokens;
    private final Clock clock;
    private final int maxValidityDays;

    TokenService(ApiTokens tokens, Clock clock, AccessProperties properties) {
        this.tokens = tokens;
        this.clock = clock;
        this.maxValidityDays = properties.token().maxValidityDays();
    }

    @Transactional
    IssuedToken issue(UserId owner, String name, int validityDays) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw RuleViolation.of(null, "name", "required", "Geef het token een naam van hoogstens 100 tekens.");
        }
        if (validityDays < 1 || validityDays > maxValidityDays) {
            throw RuleViolation.of(null, "validityDays", "range",
                    "Een token is 1 tot " + maxValidityDays + " dagen geldig.");
        }
        byte[] random = new byte[30];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant now = clock.instant();
        ApiToken token = new ApiToken(UUID.randomUUID(), owner, name.strip(), secret.substring(0, 12), now,
                now.plus(Duration.ofDays(validityDays)), null, null);
        tokens.add(token, hash(secret));
        return new IssuedToken(token, secret);
    }

    List<ApiToken> of(UserId owner) {
        return tokens.of(owner);
    }

    @Transactional
    boolean revoke(UserId owner, UUID tokenId) {
        return tokens.revoke(owner, tokenId, clock.instant());
    }

    /** The user name behind an active token, if any. */
    @Transactional
    Optional<String> usernameFor(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.activeHolder(hash(secret), now).map(holder -> {
            if (holder.lastUsedAt() == null || holder.lastUsedAt().plus(TOUCH_INTERVAL).isBefore(now)) {
                tokens.touch(holder.tokenId(), now);
            }
            return holder.username();
        });
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
