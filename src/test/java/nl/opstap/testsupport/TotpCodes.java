package nl.opstap.testsupport;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.security.InvalidKeyException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * TOTP codes for tests, as an authenticator app computes them. Opstap accepts each time step once per account, so
 * {@link #next} never hands out a step twice in this JVM: the current step, else the next (valid ±1), else it waits.
 */
public final class TotpCodes {

    /** The demo administrators' secret (README; demo profile only). */
    public static final String DEMO_SECRET = "OPSTAPDEMOTOTPGEHEIMVOORBEHEER23";

    private static final long STEP_SECONDS = 30;
    private static final Map<String, Long> LAST_STEP = new ConcurrentHashMap<>();

    private TotpCodes() {}

    /** A code for the demo secret that this account has not used yet. */
    public static String nextDemo(String account) {
        return next(account, DEMO_SECRET);
    }

    public static synchronized String next(String account, String secret) {
        long current = Instant.now().getEpochSecond() / STEP_SECONDS;
        long step = Math.max(current, LAST_STEP.getOrDefault(account, 0L) + 1);
        if (step > current + 1) {
            sleepUntil((step - 1) * STEP_SECONDS);
        }
        LAST_STEP.put(account, step);
        return at(secret, step);
    }

    public static String at(String secret, long step) {
        try {
            return new TimeBasedOneTimePasswordGenerator(Duration.ofSeconds(STEP_SECONDS), 6).generateOneTimePasswordString(
                    new SecretKeySpec(new Base32().decode(secret), "HmacSHA1"), Instant.ofEpochSecond(step * STEP_SECONDS));
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long currentStep() {
        return Instant.now().getEpochSecond() / STEP_SECONDS;
    }

    private static void sleepUntil(long epochSecond) {
        long millis = epochSecond * 1000 - System.currentTimeMillis();
        if (millis > 0) {
            try {
                Thread.sleep(millis + 200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
