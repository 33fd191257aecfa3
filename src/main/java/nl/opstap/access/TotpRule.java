package nl.opstap.access;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * Rule (RFC 6238): a six-digit code holds for its 30-second time step and one step either side (clock drift), and a
 * step is accepted at most once per account, so a code seen over someone's shoulder cannot be used again.
 */
final class TotpRule {

    static final Duration STEP = Duration.ofSeconds(30);
    private static final int TOLERANCE = 1;

    private final TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator(STEP, 6);

    /** The time step the code belongs to, if it is valid now and newer than the step last used (0: none yet). */
    OptionalLong acceptedStep(Key key, String code, Instant now, long lastUsedStep) {
        String typed = code == null ? "" : code.replaceAll("\\s", "");
        if (!typed.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        long current = stepOf(now);
        for (long step = current - TOLERANCE; step <= current + TOLERANCE; step++) {
            if (step > lastUsedStep && MessageDigest.isEqual(codeAt(key, step).getBytes(StandardCharsets.US_ASCII),
                    typed.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    String codeAt(Key key, long step) {
        try {
            return generator.generateOneTimePasswordString(key, Instant.ofEpochSecond(step * STEP.toSeconds()));
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("unusable TOTP key", e);
        }
    }

    static long stepOf(Instant now) {
        return now.getEpochSecond() / STEP.toSeconds();
    }
}
