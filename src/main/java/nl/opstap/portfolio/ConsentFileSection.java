package nl.opstap.portfolio;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.opstap.access.Access;
import nl.opstap.access.Permission;
import nl.opstap.audit.LogSubject;
import nl.opstap.audit.Outcome;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.audit.ProcessingActivity;
import nl.opstap.audit.ProcessingLog;
import nl.opstap.client.ClientRef;
import nl.opstap.client.FileSection;
import nl.opstap.client.FileSectionContributor;
import nl.opstap.employer.EmployerId;
import nl.opstap.employer.Employers;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The job seeker's consents on the caseworker's view of the file (read-only: only the job seeker changes them):
 * whether the profile is published and under which number, and which employers may see their data. Shown (and
 * logged) only when any consent was ever recorded.
 */
@Component
class ConsentFileSection implements FileSectionContributor {

    private final ConsentRecords records;
    private final Profiles profiles;
    private final Employers employers;
    private final ProcessingLog log;

    ConsentFileSection(ConsentRecords records, Profiles profiles, Employers employers, ProcessingLog log) {
        this.records = records;
        this.profiles = profiles;
        this.employers = employers;
        this.log = log;
    }

    @Override
    @Transactional
    public Optional<FileSection> sectionFor(Access access, ClientRef client) {
        List<ConsentRecord> history = records.historyOf(client.id());
        if (history.isEmpty() || !access.user().scopeFor(Permission.CLIENT_READ).contains(client.municipality())) {
            return Optional.empty();
        }
        ConsentState state = ConsentState.of(history);
        Map<EmployerId, String> names = employers.names(access.as(Permission.CLIENT_READ), state.employers());
        String number = profiles.of(client.id()).filter(Profile::published).map(p -> p.card().number()).orElse("");
        log.record(access, ProcessingActivity.PROFILES, ProcessingAction.READ, Outcome.SUCCESS,
                List.of(new LogSubject(client.id().value(), client.municipality())));
        return Optional.of(new FileSection("portfolio/consent-glance", "glance", 47, Map.of("published", state.published(),
                "number", number, "employers", state.employers().stream().map(e -> names.getOrDefault(e, "werkgever")).sorted().toList(),
                "changedAt", history.getLast().at())));
    }
}
