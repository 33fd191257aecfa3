package nl.opstap.worklist;

import org.jspecify.annotations.Nullable;

/** What the user narrowed the worklist to: one kind of item (a message key), and/or only overdue items. */
record WorklistFilter(@Nullable String kind, boolean overdueOnly) {

    static final WorklistFilter NONE = new WorklistFilter(null, false);

    boolean keeps(WorkItem item, DueWindow window) {
        return (kind == null || kind.isBlank() || kind.equals(item.kindKey())) && (!overdueOnly || window.isOverdue(item));
    }
}
