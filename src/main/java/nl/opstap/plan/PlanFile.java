package nl.opstap.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
import org.springframework.stereotype.Component;

/** The plan's place in the client's file: its tab, a summary on the overview, and its versions in the timeline. */
@Component
class PlanFile implements FileTabContributor, FileSectionContributor, TimelineContributor {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final PlanService service;
    private final MessageSource messages;

    PlanFile(PlanService service, MessageSource messages) {
        this.service = service;
        this.messages = messages;
    }

    @Override
    public Optional<FileTab> tabFor(CurrentUser user) {
        return user.can(Permission.CLIENT_READ) ? Optional.of(new FileTab("plan.tab", PlanController.TAB, 30)) : Optional.empty();
    }

    @Override
    public Optional<FileSection> sectionFor(Access access, ClientRef client) {
        Optional<Plan> plan = service.readAll(access, client).stream().findFirst();
        Map<String, Object> data = new HashMap<>();
        data.put("href", "/werkzoekenden/" + client.id() + "/plan");
        plan.ifPresent(p -> {
            data.put("status", p.status());
            data.put("version", p.current().number());
            data.put("reviewDate", p.current().content().reviewDate());
            p.current().content().nextOpenStep().ifPresent(step -> data.put("nextStep", step));
        });
        return Optional.of(new FileSection("plan/glance", "glance", 30, data));
    }

    @Override
    public List<TimelineEntry> entriesFor(Access access, ClientRef client) {
        List<Plan> all = service.readAll(access, client);
        return all.stream().flatMap(plan -> plan.versions().stream().map(v -> new TimelineEntry(
                v.effectiveOn(), v.recordedAt(), "timeline.category.plan",
                messages.getMessage("plan.timeline.summary", new Object[] {v.number(),
                        messages.getMessage("plan.status." + v.status().name(), null, DUTCH)}, DUTCH),
                v.reason(), v.recordedByName(),
                plan == all.getFirst() ? "/werkzoekenden/" + client.id() + "/plan/versies/" + v.number() : null,
                false))).toList();
    }
}
