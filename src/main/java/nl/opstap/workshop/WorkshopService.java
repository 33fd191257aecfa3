package nl.opstap.workshop;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.opstap.access.Access;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.client.ClientId;
import nl.opstap.client.ClientRef;
import nl.opstap.diagnosis.AssessmentCategory;
import nl.opstap.employer.EmployerSummary;
import nl.opstap.organisation.Municipality;
import nl.opstap.shared.domain.NotFoundException;
import nl.opstap.shared.domain.PageResult;
import nl.opstap.shared.domain.Paging;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.shared.domain.StaleVersionException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Commercial workshops: register, change, propose candidates and change their status. Everything is checked before anything is stored. */
@Service
class WorkshopService {

    /** A candidate as shown to someone who may read the client. */
    record Shown(Candidate candidate, ClientRef client) {}

    private final WorkshopRows rows;
    private final WorkshopChecks checks;
    private final CandidateClients clients;
    private final Clock clock;

    WorkshopService(WorkshopRows rows, WorkshopChecks checks, CandidateClients clients, Clock clock) {
        this.rows = rows;
        this.checks = checks;
        this.clients = clients;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional(readOnly = true)
    PageResult<Workshop> page(Access access, Paging paging) {
        return rows.page(access.scope(), paging);
    }

    @Transactional(readOnly = true)
    Workshop workshop(Access access, WorkshopId id) {
        return rows.find(access.scope(), id).orElseThrow(() -> new NotFoundException("Werkplaats"));
    }

    @Transactional
    WorkshopId create(Access access, WorkshopForm form) {
        Municipality municipality = checks.municipality(access, WorkshopForm.class, form.municipality());
        Workshop workshop = checked(access, WorkshopId.random(), municipality, form, null, 0, 0);
        rows.insert(workshop, clock.instant());
        return workshop.id();
    }

    /** Changes name, sector, partner, seats and period; the municipality stays. The seats cannot drop below the placed candidates. */
    @Transactional
    void update(Access access, WorkshopId id, int expectedVersion, WorkshopForm form) {
        workshop(access, id);
        rows.lock(id);
        Workshop current = workshop(access, id);
        if (current.version() != expectedVersion) {
            throw new StaleVersionException("Deze werkplaats is intussen door iemand anders gewijzigd", current.version());
        }
        Municipality municipality = checks.municipality(access, WorkshopForm.class, form.municipality());
        if (!municipality.code().equals(current.municipality())) {
            throw RuleViolation.of(WorkshopForm.class, "municipality", "fixed", "De gemeente van een werkplaats kan niet veranderen.");
        }
        Workshop changed = checked(access, id, municipality, form, current.sector(), current.placed(), current.version());
        WorkshopRules.checkSeats(changed.seats(), current.placed());
        if (!rows.update(changed, expectedVersion, clock.instant())) {
            throw new StaleVersionException("Deze werkplaats is intussen door iemand anders gewijzigd", workshop(access, id).version());
        }
    }

    private Workshop checked(Access access, WorkshopId id, Municipality municipality, WorkshopForm f, String currentSector, int placed,
                             int version) {
        WorkshopRules.checkPeriod(f.start(), f.end());
        String sector = checks.sector(municipality.code(), f.sector(), currentSector);
        EmployerSummary partner = checks.employer(access, WorkshopForm.class, "partner", Objects.requireNonNull(f.partner()), municipality.code());
        return new Workshop(id, municipality.code(), WorkshopForm.clean(f.name()), sector, partner.id(), Objects.requireNonNull(f.seats()),
                Objects.requireNonNull(f.start()), f.end(), 0, placed, version);
    }

    /** The candidates with their names when the caller may read the workshop's clients (each read logged); else none. */
    @Transactional
    List<Shown> candidates(Access access, Workshop workshop) {
        Optional<Access> clientAccess = CandidateClients.clientAccess(access, workshop.municipality());
        if (clientAccess.isEmpty()) {
            return List.of();
        }
        List<Candidate> all = rows.candidates(workshop.id());
        Map<ClientId, ClientRef> names = clients.shown(clientAccess.get(), all.stream().map(Candidate::client).toList());
        List<Shown> result = new ArrayList<>();
        all.stream().filter(c -> names.containsKey(c.client())).forEach(c -> result.add(new Shown(c, names.get(c.client()))));
        return result;
    }

    /** Proposes a client: of the workshop's municipality, once per workshop, with a category from the form or else the diagnosis. */
    @Transactional
    void addCandidate(Access access, WorkshopId id, CandidateForm form) {
        Workshop workshop = workshop(access, id);
        Access clientAccess = CandidateClients.requireClientAccess(access, workshop.municipality());
        LocalDate today = today();
        LocalDate added = form.added() == null ? today : form.added();
        WorkshopRules.checkAdded(added, today);
        ClientRef client = clients.client(clientAccess, workshop.municipality(), Objects.requireNonNull(form.client()), CandidateForm.class,
                ProcessingAction.CREATE);
        rows.lock(id);
        if (rows.candidate(id, client.id()).isPresent()) {
            throw RuleViolation.conflict(CandidateForm.class, "client", "twice", "Deze werkzoekende is al kandidaat van deze werkplaats.");
        }
        AssessmentCategory category = form.category() != null ? AssessmentCategory.values()[form.category() - 1]
                : clients.categoryFromDiagnosis(clientAccess, client.id(), today).orElseThrow(() -> RuleViolation.of(CandidateForm.class,
                        "category", "required", "De diagnose van deze werkzoekende heeft geen categorie uit een praktijkassessment; kies de categorie."));
        rows.insertCandidate(new Candidate(id, client.id(), category, added, CandidateStatus.VOORGEDRAGEN, added), clock.instant(),
                access.user().id());
        clients.logged(clientAccess, ProcessingAction.CREATE, List.of(client));
    }

    /** Changes a candidate's status under the workshop's row lock, so no more candidates are placed than there are seats. */
    @Transactional
    void changeStatus(Access access, WorkshopId id, ClientId clientId, StatusChange change) {
        Access clientAccess = CandidateClients.requireClientAccess(access, workshop(access, id).municipality());
        rows.lock(id);
        Workshop workshop = workshop(access, id);
        Candidate candidate = rows.candidate(id, clientId).orElseThrow(() -> new NotFoundException("Kandidaat"));
        ClientRef client = clients.client(clientAccess, workshop.municipality(), clientId.value(), StatusChange.class, ProcessingAction.UPDATE);
        LocalDate today = today();
        LocalDate date = change.date() == null ? today : change.date();
        CandidateStatus next = candidate.statusAfter(Objects.requireNonNull(change.status()), date, today);
        if (next == CandidateStatus.GEPLAATST) {
            WorkshopRules.checkPlacementDate(date, workshop.end());
            WorkshopRules.checkRoom(workshop.seats(), workshop.placed());
        }
        rows.changeStatus(id, clientId, next, date, clock.instant(), access.user().id());
        clients.logged(clientAccess, ProcessingAction.UPDATE, List.of(client));
    }

    @Transactional(readOnly = true)
    boolean any() {
        return rows.any();
    }
}
