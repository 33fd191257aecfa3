package nl.opstap.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.opstap.access.Access;
import nl.opstap.access.CurrentUser;
import nl.opstap.access.Permission;
import nl.opstap.client.ClientRef;
import nl.opstap.client.FileSection;
import nl.opstap.client.FileSectionContributor;
import nl.opstap.client.FileTab;
import nl.opstap.client.FileTabContributor;
import nl.opstap.client.TimelineContributor;
import nl.opstap.client.TimelineEntry;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The activities' part of the client's file: the tab, the current activities on the overview, starts and ends in the timeline. */
@Component
class ActivityFile implements FileTabContributor, FileSectionContributor, TimelineContributor {

    private final ParticipationService service;
    private final MessageSource messages;

    ActivityFile(ParticipationService service, MessageSource messages) {
        this.service = service;
        this.messages = messages;
    }

    @Override
    public Optional<FileTab> tabFor(CurrentUser user) {
        return user.can(Permission.CLIENT_READ) ? Optional.of(new FileTab("file.tab.activities", ParticipationController.TAB, 40))
                : Optional.empty();
    }

    @Override
    public Optional<FileSection> sectionFor(Access access, ClientRef client) {
        LocalDate today = service.today();
        List<Participation> current = service.of(access, client).stream().filter(p -> p.isCurrent(today)).toList();
        return Optional.of(new FileSection("activity/glance", "glance", 40,
                Map.of("clientId", client.id().value(), "current", current, "today", today)));
    }

    @Override
    public List<TimelineEntry> entriesFor(Access access, ClientRef client) {
        String href = "/werkzoekenden/" + client.id().value() + "/" + ParticipationController.TAB;
        List<TimelineEntry> entries = new ArrayList<>();
        for (Participation p : service.of(access, client)) {
            entries.add(new TimelineEntry(p.startDate(), p.createdAt(), "timeline.category.activity",
                    text("participation.timeline.start", p.activityName()), null, null, href, false));
            if (p.actualEnd() != null && p.result() != null) {
                String detail = p.dropoutReasonName() != null ? p.dropoutReasonName() : null;
                entries.add(new TimelineEntry(p.actualEnd(), p.endedAt() != null ? p.endedAt() : p.createdAt(), "timeline.category.activity",
                        text("participation.timeline.end", p.activityName(), text("participation.result." + p.result().name())),
                        detail, null, href, false));
            }
        }
        return entries;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
