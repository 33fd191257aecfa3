package nl.opstap.shared.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A business rule refused a change. Each violation names the field of the command it concerns (the
 * record component path, e.g. "address.postcode"; empty for the whole command) and a Dutch message.
 * Screens bind it to the form field of that name; the API translates it to its Dutch JSON name.
 */
public class RuleViolation extends RuntimeException {

    public record Violation(String field, String code, String message) {}

    private final List<Violation> violations;
    private final @Nullable Class<?> command;
    private final boolean conflict;

    private RuleViolation(@Nullable Class<?> command, List<Violation> violations, boolean conflict) {
        super(violations.getFirst().message());
        this.command = command;
        this.violations = List.copyOf(violations);
        this.conflict = conflict;
    }

    public static RuleViolation of(@Nullable Class<?> command, String field, String code, String message) {
        return new RuleViolation(command, List.of(new Violation(field, code, message)), false);
    }

    /** Several violations of one command, reported together. */
    public static RuleViolation all(@Nullable Class<?> command, List<Violation> violations) {
        return new RuleViolation(command, violations, false);
    }

    /** The command is valid in itself but clashes with what is stored (e.g. a BSN already registered). */
    public static RuleViolation conflict(@Nullable Class<?> command, String field, String code, String message) {
        return new RuleViolation(command, List.of(new Violation(field, code, message)), true);
    }

    public List<Violation> violations() {
        return violations;
    }

    public @Nullable Class<?> command() {
        return command;
    }

    public boolean isConflict() {
        return conflict;
    }
}
