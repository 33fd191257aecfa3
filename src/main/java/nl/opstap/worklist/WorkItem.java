package nl.opstap.worklist;

import java.time.LocalDate;
import nl.opstap.client.ClientId;
import org.jspecify.annotations.Nullable;

/**
 * Something due for a client: its kind (a message key such as "worklist.kind.recheck"), when it is
 * due, a short Dutch description without personal details beyond the client's file, and where to act.
 */
public record WorkItem(ClientId client, String kindKey, LocalDate due, String description, @Nullable String href) {

    public boolean isOverdue(LocalDate today) {
        return due.isBefore(today);
    }
}
