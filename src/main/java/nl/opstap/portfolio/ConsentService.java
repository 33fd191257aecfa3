package nl.opstap.portfolio;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.opstap.access.Access;
import nl.opstap.access.Scope;
import nl.opstap.audit.LogSubject;
import nl.opstap.audit.Outcome;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.audit.ProcessingActivity;
import nl.opstap.audit.ProcessingLog;
import nl.opstap.client.CandidateFacts;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientRef;
import nl.opstap.client.ClientId;
import nl.opstap.employer.EmployerId;
import nl.opstap.employer.Employers;
import nl.opstap.organisation.Municipalities;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.shared.domain.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The job seeker's consents, on their own file only: publish or withdraw the anonymous profile, and let a named
 * employer see their personal data or stop that. Every change is a new line in the history; every read and change
 * is in the processing log. Withdrawing the profile withdraws the employers' active contact requests on it.
 */
@Service
class ConsentService {

    /** An employer the job seeker may choose, and whether they currently allow it. */
    record EmployerChoice(EmployerId id, String name, boolean allowed) {}

    /** What the consent page shows. */
    record Overview(boolean published, Optional<ProfileCard> profile, ProfileCard preview, List<EmployerChoice> employers,
                    List<ConsentRecord> history, Map<EmployerId, String> names) {}

    private final ConsentRecords records;
    private final Profiles profiles;
    private final ProfilePublisher publisher;
    private final ContactRequests requests;
    private final ProfileSources sources;
    private final Employers employers;
    private final Municipalities municipalities;
    private final ClientDirectory clients;
    private final ProcessingLog log;
    private final Clock clock;

    ConsentService(ConsentRecords records, Profiles profiles, ProfilePublisher publisher, ContactRequests requests, ProfileSources sources,
                   Employers employers, Municipalities municipalities, ClientDirectory clients, ProcessingLog log, Clock clock) {
        this.records = records;
        this.profiles = profiles;
        this.publisher = publisher;
        this.requests = requests;
        this.sources = sources;
        this.employers = employers;
        this.municipalities = municipalities;
        this.clients = clients;
        this.log = log;
        this.clock = clock;
    }

    @Transactional
    Overview overview(Access access) {
        return overviewOf(access, own(access));
    }

    /** The overview of a client the caller already checked (the job seeker's own file, or a staff export of it). */
    @Transactional
    Overview overviewOf(Access access, ClientId client) {
        CandidateFacts me = publisher.factsOf(client);
        ConsentState state = ConsentState.of(records.historyOf(me.id()));
        Optional<ProfileCard> profile = profiles.of(me.id()).filter(Profile::published).map(Profile::card);
        ProfileCard preview = publisher.profileOf(me, profile.map(ProfileCard::pitch).orElse(null), LocalDate.now(clock)).card();
        Set<EmployerId> connected = new LinkedHashSet<>(connectedEmployers(me.id()));
        connected.addAll(state.employers());
        Map<EmployerId, String> names = employers.names(widened(access, me.municipality()), connected);
        List<EmployerChoice> choices = connected.stream().filter(names::containsKey)
                .map(e -> new EmployerChoice(e, names.get(e), state.allows(e)))
                .sorted(Comparator.comparing(EmployerChoice::name)).toList();
        List<ConsentRecord> history = new ArrayList<>(records.historyOf(me.id()));
        java.util.Collections.reverse(history);
        logged(access, me, ProcessingAction.READ);
        return new Overview(state.published(), profile, preview, choices, history, names);
    }

    /** Publishes (or refreshes) the profile with the job seeker's own words. */
    @Transactional
    ProfileCard publish(Access access, @Nullable String pitch) {
        CandidateFacts me = lockedFacts(access);
        if (pitch != null && pitch.strip().length() > ProfileAnonymiser.PITCH_MAX) {
            throw RuleViolation.of(PublishForm.class, "pitch", "size", "Uw tekst is te lang: hoogstens 500 tekens.");
        }
        Profile profile = publisher.profileOf(me, pitch, LocalDate.now(clock));
        profiles.publish(profile, clock.instant());
        records.append(me.id(), me.municipality(), ConsentKind.PUBLISH, null, true, access.user().id().value(), clock.instant());
        logged(access, me, ProcessingAction.CREATE);
        return profile.card();
    }

    /** Withdraws the profile; employers' active requests on it become ingetrokken. */
    @Transactional
    void withdraw(Access access) {
        CandidateFacts me = lockedFacts(access);
        profiles.withdraw(me.id());
        records.append(me.id(), me.municipality(), ConsentKind.PUBLISH, null, false, access.user().id().value(), clock.instant());
        requests.ofClient(me.id()).stream().filter(r -> r.status().isActive()).forEach(r ->
                requests.advance(r.moveTo(ContactStatus.WITHDRAWN), null, access.user().id().value(), clock.instant()));
        logged(access, me, ProcessingAction.UPDATE);
    }

    /** Gives or revokes consent for one employer; giving only for employers connected to the job seeker. */
    @Transactional
    void setEmployer(Access access, EmployerId employer, boolean given) {
        CandidateFacts me = lockedFacts(access);
        ConsentState state = ConsentState.of(records.historyOf(me.id()));
        if (given && !connectedEmployers(me.id()).contains(employer)) {
            throw RuleViolation.of(EmployerConsentForm.class, "werkgeverId", "unknown", "Kies een werkgever uit de lijst.");
        }
        if (given == state.allows(employer)) {
            return;
        }
        records.append(me.id(), me.municipality(), ConsentKind.EMPLOYER, employer, given, access.user().id().value(), clock.instant());
        logged(access, me, ProcessingAction.UPDATE);
    }

    /** Employers of vacancies proposed to the client, and employers whose request an account manager put to them. */
    private Set<EmployerId> connectedEmployers(ClientId client) {
        Set<EmployerId> connected = new LinkedHashSet<>(sources.proposedEmployersOf(client));
        requests.ofClient(client).stream().filter(r -> r.status() == ContactStatus.FORWARDED || r.status() == ContactStatus.CONTACTED)
                .forEach(r -> connected.add(r.employer()));
        return connected;
    }

    /** Employer names across the client's service organisation (vacancies may lie in a neighbouring municipality). */
    /** Names of employers of the job seeker's organisation (for their own overviews, e.g. the AVG download). */
    Map<EmployerId, String> employerNames(Access access, ClientRef me, java.util.Collection<EmployerId> ids) {
        return ids.isEmpty() ? Map.of() : employers.names(widened(access, me.municipality()), ids);
    }

    private Access widened(Access access, MunicipalityCode municipality) {
        var organisation = municipalities.find(municipality).map(m -> m.organisationId()).orElse(null);
        Set<MunicipalityCode> codes = new LinkedHashSet<>();
        municipalities.all().stream().filter(m -> Objects.equals(m.organisationId(), organisation)).forEach(m -> codes.add(m.code()));
        return new Access(access.user(), access.permission(), Scope.of(codes), access.channel());
    }

    private CandidateFacts lockedFacts(Access access) {
        ClientId me = own(access);
        clients.lockForChange(me);
        return publisher.factsOf(me);
    }

    private static ClientId own(Access access) {
        return new ClientId(Objects.requireNonNull(access.user().ownClientId()));
    }

    private void logged(Access access, CandidateFacts me, ProcessingAction action) {
        log.record(access, ProcessingActivity.PROFILES, action, Outcome.SUCCESS, List.of(new LogSubject(me.id().value(), me.municipality())));
    }
}
