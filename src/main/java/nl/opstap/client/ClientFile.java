package nl.opstap.client;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.opstap.access.Access;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The client's file as one set of pages: every module that owns a page adds a tab, the overview
 * shows the modules' summaries, the timeline merges their dated facts.
 */
@Service
public class ClientFile {

    static final FileTab OVERVIEW = new FileTab("file.tab.overview", "", 0);
    static final FileTab TIMELINE = new FileTab("file.tab.timeline", "tijdlijn", 90);

    // Providers, not lists: the contributors use ClientDirectory, which must not wait for them.
    private final ObjectProvider<FileTabContributor> tabs;
    private final ObjectProvider<FileSectionContributor> sections;
    private final ObjectProvider<TimelineContributor> timelines;

    ClientFile(ObjectProvider<FileTabContributor> tabs, ObjectProvider<FileSectionContributor> sections,
               ObjectProvider<TimelineContributor> timelines) {
        this.tabs = tabs;
        this.sections = sections;
        this.timelines = timelines;
    }

    /** The header for a page of the file; {@code active} is the page's tab path. */
    public FileHeader header(Access access, ClientRef client, String active) {
        List<FileTab> all = new ArrayList<>(List.of(OVERVIEW, TIMELINE));
        tabs.orderedStream().map(t -> t.tabFor(access.user())).flatMap(Optional::stream).forEach(all::add);
        all.sort(Comparator.comparingInt(FileTab::order));
        return new FileHeader(client, List.copyOf(all), active);
    }

    List<FileSection> sections(Access access, ClientRef client) {
        return sections.orderedStream().map(s -> s.sectionFor(access, client)).flatMap(Optional::stream)
                .sorted(Comparator.comparingInt(FileSection::order)).toList();
    }

    /** Every contributed entry, newest first (by the date it holds from, then by when it was recorded). */
    List<TimelineEntry> timeline(Access access, ClientRef client) {
        return timelines.orderedStream().flatMap(t -> t.entriesFor(access, client).stream())
                .sorted(Comparator.comparing(TimelineEntry::on).thenComparing(TimelineEntry::recordedAt).reversed())
                .toList();
    }
}
