package nl.opstap.portfolio;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.opstap.access.Access;
import nl.opstap.audit.LogEntry;
import nl.opstap.audit.ProcessingLog;
import nl.opstap.client.ClientRef;
import nl.opstap.client.PersonalDataContributor;
import nl.opstap.client.PersonalDataPart;
import nl.opstap.shared.domain.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything Opstap holds about the job seeker (AVG art. 15), gathered from every module's
 * {@link PersonalDataContributor}, plus the processing log of their file: who did what with it, and when.
 */
@Service
class PersonalDataExport {

    /** The processing log is listed up to this many entries (newest first); the screen pages through all of them. */
    static final int LOG_LIMIT = 5_000;

    /** The whole download. */
    record Download(@JsonProperty("werkzoekende") String name, @JsonProperty("aangemaaktOp") Instant createdAt,
                    @JsonProperty("onderdelen") List<Part> parts) {}

    record Part(@JsonProperty("titel") String title, @JsonProperty("gegevens") List<Map<String, @Nullable Object>> records) {}

    private final List<PersonalDataContributor> contributors;
    private final ProcessingLog log;
    private final ProcessingLogView logView;
    private final Clock clock;

    PersonalDataExport(List<PersonalDataContributor> contributors, ProcessingLog log, ProcessingLogView logView, Clock clock) {
        this.contributors = contributors;
        this.log = log;
        this.logView = logView;
        this.clock = clock;
    }

    @Transactional
    Download of(Access access, ClientRef client) {
        List<PersonalDataPart> parts = new ArrayList<>();
        contributors.forEach(c -> parts.addAll(c.partsFor(access, client)));
        parts.add(processingLog(client));
        parts.sort(Comparator.comparingInt(PersonalDataPart::order));
        return new Download(client.fullName(), clock.instant(),
                parts.stream().filter(p -> !p.records().isEmpty()).map(p -> new Part(p.title(), p.records())).toList());
    }

    private PersonalDataPart processingLog(ClientRef client) {
        List<LogEntry> entries = log.historyOf(client.id().value(), new Paging(1, LOG_LIMIT)).content();
        return new PersonalDataPart("Wie heeft uw dossier bekeken of gewijzigd", 1_000,
                entries.stream().map(logView::record).toList());
    }
}
