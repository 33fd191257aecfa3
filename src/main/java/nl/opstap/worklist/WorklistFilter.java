package nl.opstap.worklist;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What the user narrowed the worklist to: one kind of item, and/or only overdue items. {@code kind} is
 * compared with {@code codeOf(item's kind key)}: the message key itself on screens, its Dutch code in the API.
 */
record WorklistFilter(@Nullable String kind, boolean overdueOnly, Function<String, String> codeOf) {

    static final WorklistFilter NONE = new WorklistFilter(null, false);

    WorklistFilter(@Nullable String kind, boolean overdueOnly) {
        this(kind, overdueOnly, Function.identity());
    }

    boolean keeps(WorkItem item, DueWindow window) {
        return (kind == null || kind.isBlank() || kind.equals(codeOf.apply(item.kindKey()))) && (!overdueOnly || window.isOverdue(item));
    }
}
