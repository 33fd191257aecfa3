package nl.opstap.placement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.Permission;
import nl.opstap.access.Role;
import nl.opstap.access.UserDirectory;
import nl.opstap.access.UserId;
import nl.opstap.audit.LogSubject;
import nl.opstap.audit.Outcome;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.audit.ProcessingActivity;
import nl.opstap.audit.ProcessingLog;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientId;
import nl.opstap.client.ClientRef;
import nl.opstap.employer.EmployerId;
import nl.opstap.employer.Employers;
import nl.opstap.matching.HiredMatches;
import nl.opstap.shared.domain.NotFoundException;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.shared.domain.StaleVersionException;
import nl.opstap.shared.domain.Violations;
import nl.opstap.vacancy.Vacancies;
import nl.opstap.vacancy.VacancyId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering and ending placements: every rule checked before anything is stored, then the placement with its year
 * of follow-up contacts (with the employer and the former client at each configured moment of {@link FollowUpSchedule}).
 * Every read and write is logged under PLACEMENT.
 */
@Service
class PlacementService {

    static final List<String> PARTIES = List.of("werkgever", "werkzoekende");

    private final Placements placements;
    private final FollowUps followUps;
    private final PlacementSettings settings;
    private final HiredMatches hired;
    private final ClientDirectory clients;
    private final Employers employers;
    private final Vacancies vacancies;
    private final UserDirectory users;
    private final ProcessingLog log;
    private final Clock clock;

    PlacementService(Placements placements, FollowUps followUps, PlacementSettings settings, HiredMatches hired, ClientDirectory clients,
                     Employers employers, Vacancies vacancies, UserDirectory users, ProcessingLog log, Clock clock) {
        this.placements = placements;
        this.followUps = followUps;
        this.settings = settings;
        this.hired = hired;
        this.clients = clients;
        this.employers = employers;
        this.vacancies = vacancies;
        this.users = users;
        this.log = log;
        this.clock = clock;
    }

    @Transactional
    Placement register(Access access, ClientId clientId, PlacementForm submitted) {
        ClientRef client = clients.inScope(access, clientId, ProcessingActivity.PLACEMENT, ProcessingAction.CREATE);
        // One registration per client at a time: the rules below read the stored placements (ADR 0023).
        clients.lockForChange(clientId);
        PlacementForm form = fromMatch(access, clientId, submitted);
        String why = checked(access, client, form);
        OverlappingPlacements.check(placements.ofClient(clientId.value()).stream()
                .map(p -> new OverlappingPlacements.Existing(p.type(), p.start(), p.end())).toList(), form.type(), form.start(), form.end());
        Placement p = new Placement(UUID.randomUUID(), clientId.value(), client.municipality().value(), form.type(), why, form.employer(),
                form.vacancy(), form.start(), form.end(), form.endReason() == null ? null : form.endReason().strip(), form.hours(),
                form.contract(), Boolean.TRUE.equals(form.wageSubsidy()), Boolean.TRUE.equals(form.noRisk()), form.jobcoach(),
                form.matchPair(), 1);
        placements.insert(p, clock.instant(), access.user().id().value());
        FollowUpSchedule schedule = settings.schedule();
        List<LocalDate> due = schedule.dueDates(form.start());
        for (int i = 0; i < due.size(); i++) {
            for (String party : PARTIES) {
                followUps.insert(p.id(), p.municipality(), schedule.months().get(i), party, due.get(i));
            }
        }
        logged(access, ProcessingAction.CREATE, client);
        return p;
    }

    /** Checks a screen form whose other fields could not even be read, so every problem shows at once; stores nothing. */
    @Transactional
    void check(Access access, ClientId clientId, PlacementForm form) {
        checked(access, clients.inScope(access, clientId, ProcessingActivity.PLACEMENT, ProcessingAction.CREATE), form);
    }

    /** Every rule on the form's own fields at once; the reason why not a higher type when one is needed. */
    private @Nullable String checked(Access access, ClientRef client, PlacementForm form) {
        Violations v = new Violations(PlacementForm.class);
        v.check(() -> {
            if (form.type() == null) {
                throw RuleViolation.of(PlacementForm.class, "type", "required", "Kies de soort plaatsing.");
            }
        });
        String why = form.type() == null ? null : v.value(() -> ConsiderationOrder.check(form.type(), form.whyNotHigher()));
        v.check(() -> PlacementTerms.check(form.start(), form.end(), form.hours(), form.endReason()));
        v.check(() -> checkEmployerAndVacancy(access, client, form));
        v.check(() -> {
            if (form.jobcoach() != null && !users.holds(new UserId(form.jobcoach()), Role.JOBCOACH, client.municipality())) {
                throw RuleViolation.of(PlacementForm.class, "jobcoach", "unknown", "Kies een jobcoach van de gemeente van de werkzoekende.");
            }
        });
        v.throwIfAny();
        return why;
    }

    /**
     * A placement from a hired match takes the match's vacancy and employer: one step from "aangenomen" to a placement.
     * Refused when the match is not hired, of another client, or already placed.
     */
    private PlacementForm fromMatch(Access access, ClientId client, PlacementForm f) {
        if (f.matchPair() == null) {
            return f;
        }
        HiredMatches.HiredMatch match = hired.find(access, f.matchPair()).filter(m -> m.client().equals(client))
                .orElseThrow(() -> RuleViolation.of(PlacementForm.class, "matchPair", "unknown",
                        "Kies een koppeling van deze werkzoekende met de status aangenomen."));
        if (placements.existsForPair(match.pair())) {
            throw RuleViolation.conflict(PlacementForm.class, "matchPair", "placed", "Voor deze koppeling is al een plaatsing vastgelegd.");
        }
        UUID employer = vacancies.find(access.as(Permission.EMPLOYER_READ), match.vacancy()).map(vac -> vac.employer().value()).orElse(null);
        return new PlacementForm(f.type(), f.whyNotHigher(), employer, match.vacancy().value(), f.start(), f.end(), f.endReason(), f.hours(),
                f.contract(), f.wageSubsidy(), f.noRisk(), f.jobcoach(), match.pair());
    }

    /** Ends a running placement (the follow-up year continues: an early end is when support matters most). */
    @Transactional
    Placement end(Access access, UUID id, PlacementEnding ending) {
        Placement p = placements.find(access.scope(), id).orElseThrow(() -> new NotFoundException("Plaatsing"));
        ClientRef client = clients.inScope(access, new ClientId(p.client()), ProcessingActivity.PLACEMENT, ProcessingAction.UPDATE);
        Placement ended = p.ending(ending.end(), ending.endReason());
        if (!placements.end(ended, access.user().id().value())) {
            throw new StaleVersionException("Deze plaatsing", p.version() + 1);
        }
        logged(access, ProcessingAction.UPDATE, client);
        return ended;
    }

    @Transactional
    List<Placement> ofClient(Access access, ClientId clientId) {
        ClientRef client = clients.inScope(access, clientId, ProcessingActivity.PLACEMENT, ProcessingAction.LIST);
        logged(access, ProcessingAction.LIST, client);
        return placements.ofClient(clientId.value());
    }

    @Transactional
    Placement read(Access access, UUID id) {
        Placement p = placements.find(access.scope(), id).orElseThrow(() -> new NotFoundException("Plaatsing"));
        logged(access, ProcessingAction.READ, clients.inScope(access, new ClientId(p.client()), ProcessingActivity.PLACEMENT,
                ProcessingAction.READ));
        return p;
    }

    List<Placement.FollowUp> followUps(UUID placement) {
        return followUps.ofPlacement(placement);
    }

    private void checkEmployerAndVacancy(Access access, ClientRef client, PlacementForm form) {
        Access employerAccess = access.as(Permission.EMPLOYER_READ);
        if (form.employer() != null && employers.find(employerAccess, new EmployerId(form.employer()))
                .filter(e -> e.municipality().equals(client.municipality())).isEmpty()) {
            throw RuleViolation.of(PlacementForm.class, "employer", "unknown", "Kies een werkgever van de gemeente van de werkzoekende.");
        }
        if (form.vacancy() != null && vacancies.find(employerAccess, new VacancyId(form.vacancy()))
                .filter(vac -> vac.municipality().equals(client.municipality())
                        && (form.employer() == null || vac.employer().value().equals(form.employer()))).isEmpty()) {
            throw RuleViolation.of(PlacementForm.class, "vacancy", "unknown", "Kies een vacature van deze werkgever en gemeente.");
        }
    }

    private void logged(Access access, ProcessingAction action, ClientRef client) {
        log.record(access, ProcessingActivity.PLACEMENT, action, Outcome.SUCCESS, List.of(new LogSubject(client.id().value(), client.municipality())));
    }
}
