package nl.opstap.worklist;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One caseworker in the team overview (or the unassigned clients, when {@code caseworker} is null). */
record TeamRow(@Nullable UUID caseworker, @Nullable String name, int clients, long items, long overdue) {

    /** The path segment of this row's worklist: the caseworker's id, or "geen" for unassigned clients. */
    public String key() {
        return caseworker == null ? Worklists.UNASSIGNED : caseworker.toString();
    }
}
