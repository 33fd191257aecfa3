package nl.opstap.worklist;

import java.time.LocalDate;
import java.util.List;
import nl.opstap.client.ClientRef;

/** A worklist: per client the items due, the clients with the earliest due date first. */
record Worklist(LocalDate today, List<Line> lines) {

    /** One client and what is due for them. */
    record Line(ClientRef client, List<WorkItem> items) {

        public LocalDate firstDue() {
            return items.getFirst().due();
        }
    }

    public long overdueCount() {
        return lines.stream().flatMap(l -> l.items().stream()).filter(i -> i.isOverdue(today)).count();
    }

    public long itemCount() {
        return lines.stream().mapToLong(l -> l.items().size()).sum();
    }

    public boolean isOverdue(WorkItem item) {
        return item.isOverdue(today);
    }
}
