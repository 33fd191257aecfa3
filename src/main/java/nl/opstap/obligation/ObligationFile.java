package nl.opstap.obligation;

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

/**
 * Obligations in the client's file. Signals and measures appear in the overview and the timeline only
 * for users who may read them ({@link SignalVisibility}); for others they are not even counted.
 */
@Component
class ObligationFile implements FileTabContributor, FileSectionContributor, TimelineContributor {

    private final ObligationService service;
    private final MessageSource messages;

    ObligationFile(ObligationService service, MessageSource messages) {
        this.service = service;
        this.messages = messages;
    }

    @Override
    public Optional<FileTab> tabFor(CurrentUser user) {
        return user.can(Permission.CLIENT_READ) ? Optional.of(new FileTab("file.tab.obligations", ObligationController.TAB, 50))
                : Optional.empty();
    }

    @Override
    public Optional<FileSection> sectionFor(Access access, ClientRef client) {
        ObligationView view = service.view(access, client);
        LocalDate today = service.today();
        return Optional.of(new FileSection("obligation/glance", "glance", 50, Map.of(
                "clientId", client.id().value(), "today", today,
                "obligations", view.obligations().stream().filter(o -> o.isCurrent(today)).toList(),
                "exemptions", view.exemptions().stream().filter(e -> e.isCurrent(today)).toList(),
                "signalsVisible", view.signalsVisible(),
                "openSignals", view.signals().stream().filter(s -> s.status() == SignalStatus.OPEN).count())));
    }

    @Override
    public List<TimelineEntry> entriesFor(Access access, ClientRef client) {
        ObligationView view = service.view(access, client);
        String href = "/werkzoekenden/" + client.id().value() + "/" + ObligationController.TAB;
        List<TimelineEntry> entries = new ArrayList<>();
        view.obligations().forEach(o -> entries.add(new TimelineEntry(o.validFrom(), o.recordedAt(), "timeline.category.obligation",
                text("obligation.timeline.obligation", text("obligation.kind." + o.kind().name())), o.note(), null, href, false)));
        view.exemptions().forEach(e -> entries.add(new TimelineEntry(e.validFrom(), e.recordedAt(), "timeline.category.obligation",
                text("obligation.timeline.exemption", text("obligation.kind." + e.obligationKind().name()),
                        text(e.reason() == null ? "exemption.reason.screened" : "exemption.reason." + e.reason().name())), null, null,
                href, false)));
        view.bonuses().forEach(b -> entries.add(new TimelineEntry(b.bonusDate(), b.recordedAt(), "timeline.category.obligation",
                text("obligation.timeline.bonus", b.amount().toPlainString().replace('.', ',')), b.reason(), null, href, false)));
        if (view.signalsVisible()) {
            view.signals().forEach(s -> entries.add(new TimelineEntry(s.signalDate(), s.recordedAt(), "timeline.category.signal",
                    text("signal.kind." + s.kind().name()), s.description(), null, href, false)));
            view.measures().forEach(m -> entries.add(new TimelineEntry(m.decidedOn(), m.recordedAt(), "timeline.category.signal",
                    text("obligation.timeline.measure", text("measure.kind." + m.kind().name()), m.percentage()), m.note(), null, href, false)));
        }
        return entries;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
