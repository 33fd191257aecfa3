package nl.opstap.worklist;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.opstap.access.Access;
import nl.opstap.access.Role;
import nl.opstap.access.UserDirectory;
import nl.opstap.access.UserId;
import nl.opstap.access.UserSummary;
import nl.opstap.audit.LogSubject;
import nl.opstap.audit.Outcome;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.audit.ProcessingActivity;
import nl.opstap.audit.ProcessingLog;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientId;
import nl.opstap.client.ClientRef;
import nl.opstap.shared.domain.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds worklists from every module's due items, for one caseworker or for a whole team. */
@Service
class Worklists {

    static final String UNASSIGNED = "geen";

    private final ClientDirectory clients;
    private final ObjectProvider<WorklistContributor> contributors;
    private final UserDirectory users;
    private final ProcessingLog log;
    private final Clock clock;

    Worklists(ClientDirectory clients, ObjectProvider<WorklistContributor> contributors, UserDirectory users,
              ProcessingLog log, Clock clock) {
        this.clients = clients;
        this.contributors = contributors;
        this.users = users;
        this.log = log;
        this.clock = clock;
    }

    /** The worklist of one caseworker's caseload, or of the unassigned clients when {@code caseworker} is null. */
    @Transactional
    Worklist of(Access access, @Nullable UserId caseworker, WorklistFilter filter) {
        List<ClientRef> caseload = clients.refs(access, caseworker).stream()
                .filter(c -> caseworker != null || c.caseworker() == null).toList();
        DueWindow window = window();
        Map<ClientId, List<WorkItem>> items = itemsFor(access, caseload, window);
        List<Worklist.Line> lines = new ArrayList<>();
        for (ClientRef client : caseload) {
            List<WorkItem> due = items.getOrDefault(client.id(), List.of()).stream().filter(i -> filter.keeps(i, window))
                    .sorted(Comparator.comparing(WorkItem::due)).toList();
            if (!due.isEmpty()) {
                lines.add(new Worklist.Line(client, due));
            }
        }
        lines.sort(Comparator.comparing(Worklist.Line::firstDue).thenComparing(l -> l.client().fullName()));
        if (!lines.isEmpty()) {
            log.record(access, ProcessingActivity.WORKLIST, ProcessingAction.LIST, Outcome.SUCCESS,
                    lines.stream().map(l -> new LogSubject(l.client().id().value(), l.client().municipality())).toList());
        }
        return new Worklist(window.today(), lines);
    }

    /** Per caseworker of the team: caseload size and items due and overdue. Counts only, so nothing is logged. */
    @Transactional(readOnly = true)
    List<TeamRow> team(Access access) {
        List<ClientRef> all = clients.refs(access, null);
        DueWindow window = window();
        Map<ClientId, List<WorkItem>> items = itemsFor(access, all, window);
        Map<@Nullable UserId, List<ClientRef>> byCaseworker = new LinkedHashMap<>();
        all.forEach(c -> byCaseworker.computeIfAbsent(c.caseworker(), k -> new ArrayList<>()).add(c));
        Map<UserId, String> names = caseworkerNames(access);
        names.keySet().forEach(id -> byCaseworker.computeIfAbsent(id, k -> new ArrayList<>()));
        byCaseworker.computeIfAbsent(null, k -> new ArrayList<>()); // the unassigned row is always shown
        names.putAll(users.displayNames(byCaseworker.keySet().stream().filter(Objects::nonNull).toList()));
        return byCaseworker.entrySet().stream().map(e -> {
            List<WorkItem> due = e.getValue().stream().flatMap(c -> items.getOrDefault(c.id(), List.of()).stream()).toList();
            UserId id = e.getKey();
            return new TeamRow(id == null ? null : id.value(), id == null ? null : names.getOrDefault(id, "?"),
                    e.getValue().size(), due.size(), due.stream().filter(window::isOverdue).count());
        }).sorted(Comparator.comparing((TeamRow r) -> r.caseworker() == null).thenComparing(r -> Objects.requireNonNullElse(r.name(), "")))
                .toList();
    }

    /** Caseworkers of the municipalities in scope, to reassign clients to. */
    List<UserSummary> caseworkers(Access access) {
        return users.holding(Role.CASEWORKER, access.scope().municipalities());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private Map<UserId, String> caseworkerNames(Access access) {
        return caseworkers(access).stream().collect(Collectors.toMap(UserSummary::id, UserSummary::displayName,
                (a, b) -> a, LinkedHashMap::new));
    }

    private DueWindow window() {
        return new DueWindow(today(), DueWindow.DEFAULT_LOOK_AHEAD);
    }

    private Map<ClientId, List<WorkItem>> itemsFor(Access access, List<ClientRef> caseload, DueWindow window) {
        if (caseload.isEmpty()) {
            return Map.of();
        }
        List<ClientId> ids = caseload.stream().map(ClientRef::id).toList();
        return contributors.orderedStream().flatMap(c -> c.itemsFor(ids, window.today(), window.until()).stream()
                        .filter(item -> c.visibleTo(access, item)))
                .filter(window::shows).collect(Collectors.groupingBy(WorkItem::client));
    }

    /** The caseworker's name, when they hold the role in the caller's scope; "not found" otherwise. */
    @Nullable String caseworkerName(Access access, @Nullable UserId caseworker) {
        if (caseworker == null) {
            return null;
        }
        String name = caseworkerNames(access).get(caseworker);
        if (name == null && !clients.refs(access, caseworker).isEmpty()) {
            name = users.displayNames(List.of(caseworker)).get(caseworker); // no longer active, still has clients here
        }
        if (name == null) {
            throw new NotFoundException("Klantmanager");
        }
        return name;
    }
}
