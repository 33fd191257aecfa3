package nl.opstap.journal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.opstap.access.Access;
import nl.opstap.audit.LogSubject;
import nl.opstap.audit.Outcome;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.audit.ProcessingActivity;
import nl.opstap.audit.ProcessingLog;
import nl.opstap.client.ClientRef;
import nl.opstap.client.PersonalDataContributor;
import nl.opstap.client.PersonalDataPart;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The journal's part of the AVG download: every entry of every type, each text it had (a correction shows as a later
 * version with its reason). {@link JournalReadRule} decides which staff roles read which type; it does not restrict
 * what the person an entry is about receives, and no entry type is marked as hidden from the client.
 */
@Component
class JournalPersonalData implements PersonalDataContributor {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final JournalEntries entries;
    private final ProcessingLog log;
    private final MessageSource messages;

    JournalPersonalData(JournalEntries entries, ProcessingLog log, MessageSource messages) {
        this.entries = entries;
        this.log = log;
        this.messages = messages;
    }

    @Override
    @Transactional
    public List<PersonalDataPart> partsFor(Access access, ClientRef client) {
        List<JournalEntry> all = new ArrayList<>(entries.all(client.id(), EnumSet.allOf(JournalType.class)));
        if (all.isEmpty()) {
            return List.of();
        }
        log.record(access, ProcessingActivity.JOURNAL, ProcessingAction.READ, Outcome.SUCCESS,
                List.of(new LogSubject(client.id().value(), client.municipality())));
        all.sort(Comparator.comparing(JournalEntry::date).thenComparing(JournalEntry::recordedAt));
        List<Map<String, @Nullable Object>> records = new ArrayList<>();
        for (JournalEntry entry : all) {
            String type = messages.getMessage("journal.type." + entry.type().name(), null, DUTCH);
            int last = entry.revisions().size();
            for (JournalRevision r : entry.revisions()) {
                records.add(PersonalDataPart.record("Datum", entry.date(), "Soort", type, "Onderwerp", r.subject(), "Tekst", r.text(),
                        "Geschreven door", r.writtenByName(), "Geschreven op", r.writtenAt(),
                        "Versie van de tekst", r.number(), "Later gecorrigeerd", r.number() < last,
                        "Reden van de correctie", r.reason()));
            }
        }
        return List.of(new PersonalDataPart("Journaal: gesprekken en aantekeningen", 40, records));
    }
}
