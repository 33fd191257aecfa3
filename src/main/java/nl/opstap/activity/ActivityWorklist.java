package nl.opstap.activity;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import nl.opstap.client.ClientId;
import nl.opstap.worklist.WorkItem;
import nl.opstap.worklist.WorklistContributor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Participations whose planned end has come (or passed) without an actual end: end them with a result. */
@Component
class ActivityWorklist implements WorklistContributor {

    private final Participations participations;
    private final MessageSource messages;

    ActivityWorklist(Participations participations, MessageSource messages) {
        this.participations = participations;
        this.messages = messages;
    }

    @Override
    public List<WorkItem> itemsFor(Collection<ClientId> clients, LocalDate today, LocalDate until) {
        if (clients.isEmpty()) {
            return List.of();
        }
        return participations.endingFor(clients, until).stream()
                .map(p -> new WorkItem(p.client(), "worklist.kind.activityEnding", p.plannedEnd(),
                        messages.getMessage("worklist.activityEnding", new Object[] {p.activityName()}, LocaleContextHolder.getLocale()),
                        "/werkzoekenden/" + p.client().value() + "/" + ParticipationController.TAB))
                .toList();
    }
}
