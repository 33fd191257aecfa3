package nl.opstap.obligation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import nl.opstap.access.Access;
import nl.opstap.access.Permission;
import nl.opstap.client.ClientId;
import nl.opstap.worklist.WorkItem;
import nl.opstap.worklist.WorklistContributor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Exemptions due for a re-check (herbeoordeling), and signals still open after {@link #SIGNAL_DAYS} days.
 * A signal item names neither its kind nor its text, and only users who may see signals get it.
 */
@Component
class ObligationWorklist implements WorklistContributor {

    static final int SIGNAL_DAYS = 14;
    static final String OPEN_SIGNAL = "worklist.kind.openSignal";

    private final Obligations store;
    private final MessageSource messages;

    ObligationWorklist(Obligations store, MessageSource messages) {
        this.store = store;
        this.messages = messages;
    }

    @Override
    public List<WorkItem> itemsFor(Collection<ClientId> clients, LocalDate today, LocalDate until) {
        if (clients.isEmpty()) {
            return List.of();
        }
        List<WorkItem> items = new ArrayList<>();
        store.rechecksDue(clients, until).forEach(d -> items.add(new WorkItem(d.client(), "worklist.kind.recheck", d.due(),
                text("worklist.recheck", text("obligation.kind." + d.kind())), href(d.client()))));
        // An open signal is due SIGNAL_DAYS after it was raised.
        store.openSignals(clients, until.minusDays(SIGNAL_DAYS)).forEach(d -> items.add(new WorkItem(d.client(),
                OPEN_SIGNAL, d.due().plusDays(SIGNAL_DAYS), text("worklist.openSignal"), href(d.client()))));
        return items;
    }

    /** Open signals only for users who may see signals in every municipality this worklist covers. */
    @Override
    public boolean visibleTo(Access access, WorkItem item) {
        return !OPEN_SIGNAL.equals(item.kindKey())
                || access.user().scopeFor(Permission.SIGNALS).municipalities().containsAll(access.scope().municipalities());
    }

    private static String href(ClientId client) {
        return "/werkzoekenden/" + client.value() + "/" + ObligationController.TAB;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
