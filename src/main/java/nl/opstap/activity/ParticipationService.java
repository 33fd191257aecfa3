package nl.opstap.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.opstap.access.Access;
import nl.opstap.audit.LogSubject;
import nl.opstap.audit.Outcome;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.audit.ProcessingActivity;
import nl.opstap.audit.ProcessingLog;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientId;
import nl.opstap.client.ClientRef;
import nl.opstap.organisation.OrganisationId;
import nl.opstap.shared.domain.NotFoundException;
import nl.opstap.shared.domain.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading, enrolling and ending a client's participations; every read and change is logged. */
@Service
class ParticipationService {

    private final ClientDirectory clients;
    private final Participations participations;
    private final Activities activities;
    private final DropoutReasons reasons;
    private final Organisations organisations;
    private final ProcessingLog log;
    private final Clock clock;

    ParticipationService(ClientDirectory clients, Participations participations, Activities activities, DropoutReasons reasons,
                         Organisations organisations, ProcessingLog log, Clock clock) {
        this.clients = clients;
        this.participations = participations;
        this.activities = activities;
        this.reasons = reasons;
        this.organisations = organisations;
        this.log = log;
        this.clock = clock;
    }

    ClientRef client(Access access, ClientId id, ProcessingAction action) {
        return clients.inScope(access, id, ProcessingActivity.PARTICIPATION, action);
    }

    @Transactional
    List<Participation> of(Access access, ClientRef ref) {
        List<Participation> result = participations.ofClient(ref.id());
        logged(access, ref, ProcessingAction.READ);
        return result;
    }

    /** The client's organisation's activities with free places today, and its dropout reasons. */
    @Transactional
    List<CatalogueRow> choices(ClientRef ref) {
        OrganisationId org = organisations.of(ref.municipality());
        var current = activities.currentParticipants(List.of(org), today());
        return activities.of(List.of(org)).stream().filter(Activity::active)
                .map(a -> new CatalogueRow(a, current.getOrDefault(a.id(), 0), CapacityRule.free(a.capacity(), current.getOrDefault(a.id(), 0))))
                .toList();
    }

    @Transactional
    List<DropoutReason> reasonsFor(ClientRef ref) {
        OrganisationId org = organisations.of(ref.municipality());
        reasons.ensureDefaults(org, clock.instant());
        return reasons.of(List.of(org)).stream().filter(DropoutReason::active).toList();
    }

    @Transactional
    ParticipationId enrol(Access access, ClientId id, Enrolment enrolment) {
        ClientRef ref = client(access, id, ProcessingAction.CREATE);
        LocalDate today = today();
        ParticipationDates.checkEnrolment(Enrolment.class, enrolment.startDate(), enrolment.plannedEnd(), today, ref.dateOfBirth());
        Activity activity = activities.lock(new ActivityId(enrolment.activityId()))
                .orElseThrow(() -> RuleViolation.of(Enrolment.class, "activityId", "unknown", "Deze activiteit bestaat niet."));
        checkUsable(Enrolment.class, activity, organisations.of(ref.municipality()));
        if (participations.overlapping(ref.id(), activity.id(), enrolment.startDate(), enrolment.plannedEnd())) {
            throw RuleViolation.conflict(Enrolment.class, "activityId", "twice",
                    "Deze werkzoekende neemt in (een deel van) deze periode al deel aan deze activiteit.");
        }
        CapacityRule.checkRoomFor(Enrolment.class, activity.capacity(),
                participations.occupancies(activity.id(), enrolment.startDate(), today),
                Occupancy.of(enrolment.startDate(), enrolment.plannedEnd(), null, today));
        ParticipationId pid = ParticipationId.random();
        participations.insert(new NewParticipation(pid, ref.id(), ref.municipality(), activity.id(), enrolment.startDate(),
                enrolment.plannedEnd(), null, null, null, false, null, null, Activities.blankToNull(enrolment.notes())),
                clock.instant(), access.user().id());
        logged(access, ref, ProcessingAction.CREATE);
        return pid;
    }

    /** Withdraws a participation planned to start later: the place is free again, and no report counts it. */
    @Transactional
    void cancel(Access access, ClientId id, ParticipationId pid) {
        ClientRef ref = client(access, id, ProcessingAction.UPDATE);
        Participation participation = participations.find(ref.id(), pid).orElseThrow(() -> new NotFoundException("Deelname"));
        activities.lock(participation.activity());
        participation.checkCancellable(today());
        participations.cancel(pid, clock.instant(), access.user().id());
        logged(access, ref, ProcessingAction.UPDATE);
    }

    @Transactional
    void end(Access access, ClientId id, ParticipationId pid, ParticipationEnding ending) {
        ClientRef ref = client(access, id, ProcessingAction.UPDATE);
        Participation participation = participations.find(ref.id(), pid).orElseThrow(() -> new NotFoundException("Deelname"));
        participation.checkEnding(ending, today());
        DropoutReasonId reason = null;
        if (ending.result() == ParticipationResult.UITGEVALLEN) {
            reason = new DropoutReasonId(ending.dropoutReasonId());
            DropoutReason found = reasons.find(reason).orElse(null);
            if (found == null || !found.organisation().equals(organisations.of(ref.municipality())) || !found.active()) {
                throw RuleViolation.of(ParticipationEnding.class, "dropoutReasonId", "unknown",
                        "Kies een reden van uitval uit de lijst van uw organisatie.");
            }
        }
        participations.end(pid, ending, reason, clock.instant(), access.user().id());
        logged(access, ref, ProcessingAction.UPDATE);
    }

    /** An activity a client may join: of the client's own organisation, and still offered. */
    static void checkUsable(Class<?> command, Activity activity, OrganisationId clientOrganisation) {
        if (!activity.organisation().equals(clientOrganisation)) {
            throw RuleViolation.of(command, "activityId", "otherOrganisation",
                    "Deze activiteit hoort bij een andere organisatie dan die van de werkzoekende.");
        }
        if (!activity.active()) {
            throw RuleViolation.of(command, "activityId", "inactive", "Deze activiteit wordt niet meer aangeboden.");
        }
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private void logged(Access access, ClientRef ref, ProcessingAction action) {
        log.record(access, ProcessingActivity.PARTICIPATION, action, Outcome.SUCCESS,
                List.of(new LogSubject(ref.id().value(), ref.municipality())));
    }
}
