package nl.opstap.portfolio;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.opstap.access.Access;
import nl.opstap.audit.LogSubject;
import nl.opstap.audit.Outcome;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.audit.ProcessingActivity;
import nl.opstap.audit.ProcessingLog;
import nl.opstap.client.CandidateFacts;
import nl.opstap.client.ClientId;
import nl.opstap.shared.domain.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portfolio's public API for imports and demo data: publish profiles of clients whose consent was given on
 * paper (recorded by the importing user, kept in the history like any other), and ask for contact as an employer.
 */
@Service
public class ProfileImports {

    private final ProfilePublisher publisher;
    private final Profiles profiles;
    private final ConsentRecords records;
    private final ContactRequestService requests;
    private final ProcessingLog log;
    private final JdbcClient jdbc;
    private final Clock clock;

    ProfileImports(ProfilePublisher publisher, Profiles profiles, ConsentRecords records, ContactRequestService requests, ProcessingLog log,
                   JdbcClient jdbc, Clock clock) {
        this.publisher = publisher;
        this.profiles = profiles;
        this.records = records;
        this.requests = requests;
        this.log = log;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean anyPublished() {
        return jdbc.sql("SELECT COUNT(*) FROM profile").query(Long.class).single() > 0;
    }

    /** Publishes the clients' profiles with their own texts; needs CLIENT_WRITE in each client's municipality. Returns the numbers. */
    @Transactional
    public List<String> publishAll(Access access, Map<ClientId, String> pitches) {
        List<CandidateFacts> facts = pitches.keySet().stream().map(publisher::factsOf).toList();
        facts.forEach(f -> {
            if (!access.scope().contains(f.municipality())) {
                throw RuleViolation.of(ProfileImports.class, "client", "unknown", "Een werkzoekende valt buiten uw gemeenten.");
            }
        });
        LocalDate today = LocalDate.now(clock);
        List<String> numbers = facts.stream().map(f -> {
            Profile profile = publisher.profileOf(f, pitches.get(f.id()), today);
            profiles.publish(profile, clock.instant());
            records.append(f.id(), f.municipality(), ConsentKind.PUBLISH, null, true, access.user().id().value(), clock.instant());
            return profile.card().number();
        }).toList();
        log.record(access, ProcessingActivity.PROFILES, ProcessingAction.CREATE, Outcome.SUCCESS,
                facts.stream().map(f -> new LogSubject(f.id().value(), f.municipality())).toList());
        return numbers;
    }

    /** An employer's contact request, as on the screen (the access is an employer account's, for PUBLISHED_PROFILES). */
    @Transactional
    public void requestContact(Access access, String number, String message) {
        requests.ask(access, number, null, message);
    }
}
