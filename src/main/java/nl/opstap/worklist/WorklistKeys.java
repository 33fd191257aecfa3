package nl.opstap.worklist;

import java.util.UUID;
import nl.opstap.access.UserId;
import nl.opstap.shared.domain.NotFoundException;
import org.jspecify.annotations.Nullable;

/** The caseworker part of a team worklist's path: a user id, or "geen" for the unassigned clients. */
final class WorklistKeys {

    private WorklistKeys() {}

    static @Nullable UserId caseworker(String key) {
        return Worklists.UNASSIGNED.equals(key) ? null : new UserId(parse(key));
    }

    /** The key again, only when it is well-formed (it goes into a redirect). */
    static String checked(String key) {
        return Worklists.UNASSIGNED.equals(key) ? key : parse(key).toString();
    }

    private static UUID parse(String key) {
        try {
            return UUID.fromString(key);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Klantmanager");
        }
    }
}
