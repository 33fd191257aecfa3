package nl.opstap.portfolio;

import java.time.Clock;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.Permission;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.client.ClientId;
import nl.opstap.client.ClientRef;
import nl.opstap.shared.domain.NotFoundException;
import nl.opstap.shared.domain.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff comments on a job seeker's portfolio: a caseworker or jobcoach (JOURNAL_WRITE and CLIENT_READ in the client's
 * municipality) comments on the whole portfolio or on one entry; the job seeker sees it with author and date.
 */
@Service
class PortfolioReview {

    static final int MAX = 2000;

    /** A comment as typed: the text and, optionally, the entry it is about. */
    record CommentForm(@com.fasterxml.jackson.annotation.JsonProperty("tekst") @Nullable String text,
                       @com.fasterxml.jackson.annotation.JsonProperty("onderdeelId") @Nullable UUID entry) {}

    private final PortfolioFiles files;
    private final PortfolioEntries entries;
    private final PortfolioComments comments;
    private final Clock clock;

    PortfolioReview(PortfolioFiles files, PortfolioEntries entries, PortfolioComments comments, Clock clock) {
        this.files = files;
        this.entries = entries;
        this.comments = comments;
        this.clock = clock;
    }

    /** Adds the comment; access is for JOURNAL_WRITE and the client must also lie in the user's CLIENT_READ scope. */
    @Transactional
    void comment(Access access, ClientId clientId, CommentForm form) {
        ClientRef client = files.staff(access, clientId, ProcessingAction.CREATE);
        if (!access.user().scopeFor(Permission.CLIENT_READ).contains(client.municipality())) {
            throw new NotFoundException("Werkzoekende");
        }
        String text = PortfolioEntryRules.clean(form.text());
        if (text.isEmpty() || text.length() > MAX) {
            throw RuleViolation.of(CommentForm.class, "text", text.isEmpty() ? "required" : "length",
                    text.isEmpty() ? "Vul een opmerking in." : "Dit is te lang: gebruik ten hoogste " + MAX + " tekens.");
        }
        PortfolioEntryId entry = form.entry() == null ? null : new PortfolioEntryId(form.entry());
        if (entry != null && entries.find(client.id(), entry).isEmpty()) {
            throw RuleViolation.of(CommentForm.class, "entry", "unknown", "Dit onderdeel bestaat niet (meer).");
        }
        comments.insert(client, entry, text, access.user().id().value(), access.user().displayName(), clock.instant());
        files.record(access, ProcessingAction.CREATE, client);
    }
}
