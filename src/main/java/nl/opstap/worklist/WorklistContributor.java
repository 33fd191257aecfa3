package nl.opstap.worklist;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import nl.opstap.access.Access;
import nl.opstap.client.ClientId;

/**
 * A module adds what is due for the given clients (already checked to be in the caller's scope):
 * every item due on or before {@code until}, overdue ones included. One or two queries for all
 * clients together, never one per client. Nothing is logged here; the worklist logs what it shows.
 */
public interface WorklistContributor {

    List<WorkItem> itemsFor(Collection<ClientId> clients, LocalDate today, LocalDate until);

    /** Whether the user may see this item at all (e.g. signals only for those who may see signals). */
    default boolean visibleTo(Access access, WorkItem item) {
        return true;
    }
}
