package nl.opstap.journal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.opstap.access.Access;
import nl.opstap.access.CurrentUser;
import nl.opstap.client.ClientRef;
import nl.opstap.client.FileTab;
import nl.opstap.client.FileTabContributor;
import nl.opstap.client.TimelineContributor;
import nl.opstap.client.TimelineEntry;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The journal's tab, and its entries (those the user may read) in the timeline; corrected texts stay visible as such. */
@Component
class JournalFile implements FileTabContributor, TimelineContributor {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final JournalService service;
    private final MessageSource messages;

    JournalFile(JournalService service, MessageSource messages) {
        this.service = service;
        this.messages = messages;
    }

    @Override
    public Optional<FileTab> tabFor(CurrentUser user) {
        return JournalReadRule.readsAny(user) ? Optional.of(new FileTab("journal.tab", JournalController.TAB, 60)) : Optional.empty();
    }

    @Override
    public List<TimelineEntry> entriesFor(Access access, ClientRef client) {
        List<TimelineEntry> result = new ArrayList<>();
        for (JournalEntry entry : service.readAll(access, client)) {
            String type = messages.getMessage("journal.type." + entry.type().name(), null, DUTCH);
            String href = "/werkzoekenden/" + client.id() + "/journaal/" + entry.id();
            for (JournalRevision r : entry.revisions()) {
                String summary = r.subject() == null ? type : type + ": " + r.subject();
                result.add(new TimelineEntry(entry.date(), r.writtenAt(), "timeline.category.journal", summary, r.text(),
                        r.writtenByName(), href, r.number() < entry.revisions().size()));
            }
        }
        return result;
    }
}
