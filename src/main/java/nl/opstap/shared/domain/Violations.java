package nl.opstap.shared.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Runs independent checks of one command and reports every violation together, so a form shows all its
 * problems at once instead of one per attempt. Conflicts are not collected: they end the checks at once.
 */
public final class Violations {

    private final @Nullable Class<?> command;
    private final List<RuleViolation.Violation> found = new ArrayList<>();

    public Violations(@Nullable Class<?> command) {
        this.command = command;
    }

    /** Runs the check; a rule violation it throws is remembered. */
    public void check(Runnable check) {
        value(() -> {
            check.run();
            return null;
        });
    }

    /** The check's value, or null when it failed (the violation is remembered). */
    public <T> @Nullable T value(Supplier<T> check) {
        try {
            return check.get();
        } catch (RuleViolation violation) {
            if (violation.isConflict()) {
                throw violation;
            }
            found.addAll(violation.violations());
            return null;
        }
    }

    /** Throws every remembered violation at once, if any. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw RuleViolation.all(command, found);
        }
    }
}
