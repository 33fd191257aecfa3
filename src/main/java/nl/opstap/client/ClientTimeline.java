package nl.opstap.client;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.opstap.access.Access;
import nl.opstap.access.UserDirectory;
import nl.opstap.access.UserId;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.audit.ProcessingActivity;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The register's own dated facts in the timeline: registration, benefit status and caseworker changes. */
@Component
class ClientTimeline implements TimelineContributor {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final ClientService service;
    private final UserDirectory users;
    private final MessageSource messages;

    ClientTimeline(ClientService service, UserDirectory users, MessageSource messages) {
        this.service = service;
        this.users = users;
        this.messages = messages;
    }

    /** The caller has just read the client through {@link ClientService#read}, which logged it. */
    @Override
    public List<TimelineEntry> entriesFor(Access access, ClientRef ref) {
        Client client = service.inScope(access, ref.id(), ProcessingActivity.CLIENT_REGISTRATION, ProcessingAction.READ);
        Map<UserId, String> names = users.displayNames(ClientViews.userIds(client));
        List<TimelineEntry> entries = new ArrayList<>();
        entries.add(new TimelineEntry(client.createdAt().atZone(ZONE).toLocalDate(),
                client.createdAt(), "timeline.category.register", text("timeline.registered"), null, null, null, false));
        client.benefitPeriods().forEach(p -> entries.add(new TimelineEntry(p.from(), p.recordedAt(), "timeline.category.benefit",
                text("benefit." + p.status().name()), null, names.get(p.recordedBy()), null, false)));
        client.caseworkerHistory().forEach(a -> entries.add(new TimelineEntry(a.from(), a.recordedAt(),
                "timeline.category.caseworker", names.getOrDefault(a.caseworker(), "?"), null, names.get(a.recordedBy()), null, false)));
        return entries;
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
