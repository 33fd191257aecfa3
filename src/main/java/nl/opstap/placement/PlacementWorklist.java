package nl.opstap.placement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.opstap.client.ClientId;
import nl.opstap.worklist.WorkItem;
import nl.opstap.worklist.WorklistContributor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * For the caseworker's worklist: follow-up contacts of their clients' placements that are due or overdue, and support
 * reopened after a signal until someone closes it (so a client back in trouble is not lost between coach and caseworker).
 */
@Component
class PlacementWorklist implements WorklistContributor {

    private static final Locale DUTCH = Locale.of("nl");

    private final FollowUps followUps;
    private final MessageSource messages;

    PlacementWorklist(FollowUps followUps, MessageSource messages) {
        this.followUps = followUps;
        this.messages = messages;
    }

    @Override
    public List<WorkItem> itemsFor(Collection<ClientId> clients, LocalDate today, LocalDate until) {
        List<UUID> ids = clients.stream().map(ClientId::value).toList();
        List<WorkItem> items = new ArrayList<>();
        for (FollowUps.Due due : followUps.dueForClients(ids, today, until)) {
            items.add(new WorkItem(new ClientId(due.client()), "worklist.kind.followUp", due.due(),
                    messages.getMessage("placement.worklist.followUp", new Object[] {due.months(), partyLabel(due.party()),
                            due.type().label().toLowerCase(DUTCH)}, DUTCH), "/plaatsingen/" + due.placement()));
        }
        for (FollowUps.Reopening r : followUps.openReopeningsOf(ids)) {
            items.add(new WorkItem(new ClientId(r.client()), "worklist.kind.supportReopened", r.reopenedOn(),
                    messages.getMessage("placement.worklist.reopened", null, DUTCH), "/plaatsingen/" + r.placement()));
        }
        return items;
    }

    private String partyLabel(String party) {
        return messages.getMessage("placement.party." + party, null, DUTCH);
    }
}
