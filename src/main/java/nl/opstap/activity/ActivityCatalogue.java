package nl.opstap.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.opstap.access.Access;
import nl.opstap.audit.LogSubject;
import nl.opstap.audit.Outcome;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.audit.ProcessingActivity;
import nl.opstap.audit.ProcessingLog;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientId;
import nl.opstap.client.ClientRef;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.organisation.OrganisationId;
import nl.opstap.shared.domain.NotFoundException;
import nl.opstap.shared.domain.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue as other modules and imports use it: the activities and dropout reasons of the
 * organisations in an access's scope, adding activities, and recording many participations at once.
 */
@Service
public class ActivityCatalogue {

    private final CatalogueService catalogue;
    private final Activities activities;
    private final Participations participations;
    private final Organisations organisations;
    private final ProcessingLog log;
    private final Clock clock;
    private final ClientDirectory clients;
    private final DropoutReasons reasons;

    ActivityCatalogue(CatalogueService catalogue, Activities activities, Participations participations, Organisations organisations,
                      ProcessingLog log, Clock clock, ClientDirectory clients, DropoutReasons reasons) {
        this.clients = clients;
        this.reasons = reasons;
        this.catalogue = catalogue;
        this.activities = activities;
        this.participations = participations;
        this.organisations = organisations;
        this.log = log;
        this.clock = clock;
    }

    /** The activities of the organisations that the access's municipalities belong to. */
    public List<Activity> activities(Access access) {
        return activities.of(organisations.idsOf(access.scope()));
    }

    /** The organisation that serves a municipality. */
    public OrganisationId organisationOf(nl.opstap.organisation.MunicipalityCode municipality) {
        return organisations.of(municipality);
    }

    /** Adds an activity (access with CATALOGUE_ADMIN for the organisation). */
    public ActivityId addActivity(Access access, OrganisationId organisation, ActivityForm form) {
        return catalogue.create(access, organisation, form);
    }

    /** The organisations' dropout reasons; organisations without any get the defaults first. */
    public List<DropoutReason> dropoutReasons(Access access) {
        return catalogue.reasons(access, organisations.idsOf(access.scope()));
    }

    /** Whether any participation is stored (demo data loads once). */
    public boolean hasParticipations() {
        return participations.any();
    }

    /**
     * Stores many participations at once (imports, demo history) with the screen's rules: the client's
     * municipality in the access's scope, an activity of its organisation, sensible dates, capacity.
     * One batch and one processing-log call for all clients.
     */
    @Transactional
    public void recordHistory(Access access, List<NewParticipation> all) {
        LocalDate today = LocalDate.now(clock);
        Map<ActivityId, Activity> locked = new HashMap<>();
        Map<ActivityId, List<Occupancy>> taken = new HashMap<>();
        Set<LogSubject> subjects = new LinkedHashSet<>();
        Map<ClientId, ClientRef> inScope = new HashMap<>();
        clients.refs(access, null).forEach(r -> inScope.put(r.id(), r));
        for (NewParticipation p : all) {
            ClientRef client = inScope.get(p.client());
            if (client == null || !p.municipality().equals(client.municipality())) {
                throw new NotFoundException("Werkzoekende");
            }
            Activity activity = locked.computeIfAbsent(p.activity(), id -> activities.lock(id).orElseThrow(
                    () -> RuleViolation.of(NewParticipation.class, "activity", "unknown", "Deze activiteit bestaat niet.")));
            if (!activity.organisation().equals(organisations.of(p.municipality()))) {
                throw RuleViolation.of(NewParticipation.class, "activity", "otherOrganisation",
                        "Deze activiteit hoort bij een andere organisatie dan die van de werkzoekende.");
            }
            ParticipationDates.checkEnrolment(NewParticipation.class, p.startDate(), p.plannedEnd(), today, client.dateOfBirth());
            if (p.actualEnd() != null) {
                ParticipationDates.checkEnd(NewParticipation.class, p.startDate(), p.actualEnd(), today);
            }
            if (p.result() == ParticipationResult.UITGEVALLEN && p.dropoutReason() == null) {
                throw RuleViolation.of(NewParticipation.class, "dropoutReason", "required", "Kies een reden van uitval.");
            }
            if (p.dropoutReason() != null && !reasons.find(p.dropoutReason())
                    .map(r -> r.organisation().equals(activity.organisation())).orElse(false)) {
                throw RuleViolation.of(NewParticipation.class, "dropoutReason", "unknown",
                        "Deze reden van uitval hoort niet bij de organisatie van de activiteit.");
            }
            List<Occupancy> occupied = taken.computeIfAbsent(p.activity(),
                    id -> new ArrayList<>(participations.occupancies(id, LocalDate.of(1900, 1, 1), today)));
            Occupancy period = Occupancy.of(p.startDate(), p.plannedEnd(), p.actualEnd(), today);
            CapacityRule.checkRoomFor(NewParticipation.class, activity.capacity(), occupied.stream().filter(period::overlaps).toList(), period);
            occupied.add(period);
            subjects.add(new LogSubject(p.client().value(), p.municipality()));
        }
        participations.insertAll(all, clock.instant(), access.user().id());
        log.record(access, ProcessingActivity.PARTICIPATION, ProcessingAction.CREATE, Outcome.SUCCESS, List.copyOf(subjects));
    }
}
