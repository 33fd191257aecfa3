package nl.opstap.access;

import java.util.List;
import java.util.UUID;

/**
 * The employers an administrator may link an EMPLOYER account to: those of the administrator's municipalities.
 * Declared here and implemented by the employer module, which depends on access (not the other way round).
 */
public interface EmployerOptions {

    /** An employer to choose: its id and name. */
    record Option(UUID id, String name) {}

    List<Option> within(Access admin);
}
