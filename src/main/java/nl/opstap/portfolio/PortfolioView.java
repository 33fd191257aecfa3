package nl.opstap.portfolio;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.opstap.client.ClientRef;
import org.jspecify.annotations.Nullable;

/**
 * The whole portfolio as screens, the API and the CV show it: the entries per section, the read-only activities and
 * test results from other modules, the comments, the documents' metadata and the contact details for the CV. Public only
 * so the templates (SpEL) can read it; other modules use {@link PortfolioSummaries} and {@link PortfolioExport}.
 */
public record PortfolioView(ClientRef client, Map<PortfolioSection, List<PortfolioEntry>> entries, List<Activity> activities,
                     List<TestResult> tests, List<PortfolioComment> comments, List<PortfolioDocument> documents, CvContact contact) {

    /** A participation done or in progress. */
    public record Activity(String name, LocalDate start, @Nullable LocalDate end, String status) {}

    /** A test result recorded by the caseworker in the diagnosis. */
    public record TestResult(String test, String provider, LocalDate date, String result) {}

    public List<PortfolioEntry> in(PortfolioSection section) {
        return entries.getOrDefault(section, List.of());
    }

    public List<PortfolioEntry> education() {
        return in(PortfolioSection.OPLEIDING);
    }

    public List<PortfolioEntry> work() {
        return in(PortfolioSection.WERKERVARING);
    }

    public List<PortfolioEntry> skills() {
        return in(PortfolioSection.VAARDIGHEID);
    }

    public List<PortfolioEntry> learningPoints() {
        return in(PortfolioSection.LEERPUNT);
    }

    public List<PortfolioComment> commentsOn(PortfolioEntry entry) {
        return comments.stream().filter(c -> entry.id().equals(c.entry())).toList();
    }

    public List<PortfolioComment> generalComments() {
        return comments.stream().filter(c -> c.entry() == null).toList();
    }
}
