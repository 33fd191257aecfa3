package nl.opstap.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.opstap.access.UserId;
import nl.opstap.client.ClientId;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.shared.domain.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * A journal entry with every text it had. It is never edited silently: only its author corrects it,
 * on the day it was written or later with a reason, and the earlier text stays.
 */
public final class JournalEntry {

    public static final int MAX_TEXT = 10_000;
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final JournalEntryId id;
    private final ClientId client;
    private final MunicipalityCode municipality;
    private final JournalType type;
    private final LocalDate date;
    private final @Nullable UserId author;
    private final String authorName;
    private final Instant recordedAt;
    private final List<JournalRevision> revisions;
    private final int storedRevisions;

    JournalEntry(JournalEntryId id, ClientId client, MunicipalityCode municipality, JournalType type, LocalDate date,
                 @Nullable UserId author, String authorName, Instant recordedAt, List<JournalRevision> revisions, int storedRevisions) {
        this.id = id;
        this.client = client;
        this.municipality = municipality;
        this.type = type;
        this.date = date;
        this.author = author;
        this.authorName = authorName;
        this.recordedAt = recordedAt;
        this.revisions = new ArrayList<>(revisions);
        this.storedRevisions = storedRevisions;
    }

    static JournalEntry write(ClientId client, MunicipalityCode municipality, NewJournalEntry entry, LocalDate today,
                              UserId by, String byName, Instant at) {
        LocalDate date = entry.date() == null ? today : entry.date();
        if (date.isAfter(today)) {
            throw RuleViolation.of(NewJournalEntry.class, "date", "future", "De datum van een journaalregel ligt niet in de toekomst.");
        }
        if (date.isBefore(LocalDate.of(1990, 1, 1))) {
            throw RuleViolation.of(NewJournalEntry.class, "date", "tooOld", "Deze datum ligt te ver in het verleden.");
        }
        JournalRevision first = new JournalRevision(1, blankToNull(entry.subject()), entry.text().strip(), null, at, by, byName);
        return new JournalEntry(new JournalEntryId(UUID.randomUUID()), client, municipality, entry.type(), date, by, byName, at,
                List.of(first), 0);
    }

    /** Adds a corrected text; the earlier one is kept. */
    void correct(JournalCorrection correction, UserId by, String byName, Instant at) {
        if (author == null || !author.equals(by)) {
            throw RuleViolation.conflict(JournalCorrection.class, "", "author",
                    "Alleen wie de journaalregel schreef, kan haar corrigeren. Voeg anders een nieuwe regel toe.");
        }
        boolean sameDay = recordedAt.atZone(AMSTERDAM).toLocalDate().equals(at.atZone(AMSTERDAM).toLocalDate());
        String reason = blankToNull(correction.reason());
        if (!sameDay && reason == null) {
            throw RuleViolation.of(JournalCorrection.class, "reason", "required",
                    "Geef de reden van de correctie; de regel is niet vandaag geschreven.");
        }
        revisions.add(new JournalRevision(revisions.size() + 1, blankToNull(correction.subject()), correction.text().strip(),
                reason, at, by, byName));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public JournalEntryId id() { return id; }
    public ClientId client() { return client; }
    public MunicipalityCode municipality() { return municipality; }
    public JournalType type() { return type; }
    public LocalDate date() { return date; }
    public @Nullable UserId author() { return author; }
    public String authorName() { return authorName; }
    public Instant recordedAt() { return recordedAt; }
    public List<JournalRevision> revisions() { return List.copyOf(revisions); }
    public JournalRevision current() { return revisions.getLast(); }
    public boolean isCorrected() { return revisions.size() > 1; }

    List<JournalRevision> addedRevisions() {
        return revisions.subList(storedRevisions, revisions.size());
    }

    boolean isNew() {
        return storedRevisions == 0;
    }

    /** Whether this user may correct it (they wrote it). */
    public boolean correctableBy(UserId user) {
        return user.equals(author);
    }
}
