package nl.opstap.portfolio;

import nl.opstap.access.Access;
import nl.opstap.client.ClientId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public write API for demo data and imports, through the same checks and log as the screens: a job seeker's entries
 * (access for OWN_FILE of that job seeker) and a caseworker's comment (access for JOURNAL_WRITE).
 */
@Service
public class PortfolioImport {

    private final PortfolioService service;
    private final PortfolioFiles files;
    private final CompetenceChoices choices;
    private final PortfolioReview review;
    private final PortfolioEntries entries;

    PortfolioImport(PortfolioService service, PortfolioReview review, PortfolioEntries entries, PortfolioFiles files,
                    CompetenceChoices choices) {
        this.service = service;
        this.files = files;
        this.choices = choices;
        this.review = review;
        this.entries = entries;
    }

    /** Whether the client's portfolio holds any entry yet. */
    @Transactional(readOnly = true)
    public boolean anyOf(ClientId client) {
        return !entries.ofClient(client).isEmpty();
    }

    /** Adds an entry to the signed-in job seeker's own portfolio; a {@link nl.opstap.shared.domain.RuleViolation} when invalid. */
    public PortfolioEntryId add(Access ownFile, PortfolioSection section, PortfolioEntryForm form) {
        return service.add(ownFile, section, form).id();
    }

    /** The skill keys of the organisation's active competences the signed-in job seeker can choose ("competentie:" + id). */
    public java.util.List<String> competenceKeys(Access ownFile) {
        return choices.competencesIn(files.own(ownFile, nl.opstap.audit.ProcessingAction.READ).municipality()).stream()
                .map(CompetenceChoice::key).toList();
    }

    /** A staff comment on the whole portfolio (entry null) or on one entry. */
    public void comment(Access journalWrite, ClientId client, @Nullable PortfolioEntryId entry, String text) {
        review.comment(journalWrite, client, new PortfolioReview.CommentForm(text, entry == null ? null : entry.value()));
    }
}
