package nl.opstap.access;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** opstap.security.*: lock-out and token settings. */
@ConfigurationProperties("opstap.security")
record AccessProperties(@DefaultValue Lockout lockout, @DefaultValue Token token) {

    record Lockout(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration duration) {
        LockoutPolicy policy() {
            return new LockoutPolicy(maxFailures, duration);
        }
    }

    record Token(@DefaultValue("365") int maxValidityDays) {}
}
