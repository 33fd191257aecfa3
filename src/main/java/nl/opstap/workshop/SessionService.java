package nl.opstap.workshop;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.opstap.access.Access;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.client.ClientId;
import nl.opstap.client.ClientRef;
import nl.opstap.employer.EmployerSummary;
import nl.opstap.organisation.Municipality;
import nl.opstap.shared.domain.NotFoundException;
import nl.opstap.shared.domain.PageResult;
import nl.opstap.shared.domain.Paging;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.shared.domain.StaleVersionException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Temp-agency sessions: plan, change, propose candidates and record the outcome (from the session's date on). */
@Service
class SessionService {

    /** A proposed candidate as shown to someone who may read the client. */
    record Shown(SessionCandidate candidate, ClientRef client) {}

    private final SessionRows rows;
    private final WorkshopChecks checks;
    private final CandidateClients clients;
    private final Clock clock;

    SessionService(SessionRows rows, WorkshopChecks checks, CandidateClients clients, Clock clock) {
        this.rows = rows;
        this.checks = checks;
        this.clients = clients;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional(readOnly = true)
    PageResult<Session> page(Access access, Paging paging) {
        return rows.page(access.scope(), paging);
    }

    @Transactional(readOnly = true)
    Session session(Access access, SessionId id) {
        return rows.find(access.scope(), id).orElseThrow(() -> new NotFoundException("Uitzendsessie"));
    }

    @Transactional
    SessionId create(Access access, SessionForm form) {
        Municipality municipality = checks.municipality(access, SessionForm.class, form.municipality());
        Session session = checked(access, SessionId.random(), municipality, form, null, 0);
        rows.insert(session, clock.instant());
        return session.id();
    }

    /** Changes date, agency and description; the municipality stays. */
    @Transactional
    void update(Access access, SessionId id, int expectedVersion, SessionForm form) {
        session(access, id);
        rows.lock(id);
        Session current = session(access, id);
        if (current.version() != expectedVersion) {
            throw new StaleVersionException("Deze uitzendsessie is intussen door iemand anders gewijzigd", current.version());
        }
        Municipality municipality = checks.municipality(access, SessionForm.class, form.municipality());
        if (!municipality.code().equals(current.municipality())) {
            throw RuleViolation.of(SessionForm.class, "municipality", "fixed", "De gemeente van een uitzendsessie kan niet veranderen.");
        }
        Session changed = checked(access, id, municipality, form, current, current.version());
        WorkshopRules.checkSessionDate(changed.date(), current.outcomeRecorded(), today());
        if (!rows.update(changed, expectedVersion, clock.instant())) {
            throw new StaleVersionException("Deze uitzendsessie is intussen door iemand anders gewijzigd", session(access, id).version());
        }
    }

    private Session checked(Access access, SessionId id, Municipality municipality, SessionForm f, @org.jspecify.annotations.Nullable Session current,
                            int version) {
        EmployerSummary agency = checks.employer(access, SessionForm.class, "agency", Objects.requireNonNull(f.agency()), municipality.code());
        String description = f.description() == null || f.description().isBlank() ? null : f.description().strip();
        return new Session(id, municipality.code(), Objects.requireNonNull(f.date()), agency.id(), description,
                current == null ? null : current.outcomeNote(), current == null ? null : current.outcomeRecordedAt(), 0, version);
    }

    /** The proposed candidates with their names when the caller may read the session's clients (each read logged); else none. */
    @Transactional
    List<Shown> candidates(Access access, Session session) {
        Optional<Access> clientAccess = CandidateClients.clientAccess(access, session.municipality());
        if (clientAccess.isEmpty()) {
            return List.of();
        }
        List<SessionCandidate> all = rows.candidates(session.id());
        Map<ClientId, ClientRef> names = clients.shown(clientAccess.get(), all.stream().map(SessionCandidate::client).toList());
        List<Shown> result = new ArrayList<>();
        all.stream().filter(c -> names.containsKey(c.client())).forEach(c -> result.add(new Shown(c, names.get(c.client()))));
        return result;
    }

    /** Proposes a client of the session's municipality to the agency, once per session. */
    @Transactional
    void propose(Access access, SessionId id, SessionCandidateForm form) {
        Session session = session(access, id);
        Access clientAccess = CandidateClients.requireClientAccess(access, session.municipality());
        ClientRef client = clients.client(clientAccess, session.municipality(), Objects.requireNonNull(form.client()),
                SessionCandidateForm.class, ProcessingAction.CREATE);
        rows.lock(id);
        if (rows.isCandidate(id, client.id())) {
            throw RuleViolation.conflict(SessionCandidateForm.class, "client", "twice", "Deze werkzoekende is al voorgedragen voor deze sessie.");
        }
        rows.insertCandidate(id, client.id(), clock.instant(), access.user().id());
        clients.logged(clientAccess, ProcessingAction.CREATE, List.of(client));
    }

    /** Records the outcome: from the session's date on, only for proposed candidates; the note replaces an earlier one. */
    @Transactional
    void recordOutcome(Access access, SessionId id, OutcomeForm form) {
        Session session = session(access, id);
        WorkshopRules.checkOutcomeDate(session.date(), today());
        Access clientAccess = CandidateClients.requireClientAccess(access, session.municipality());
        rows.lock(id);
        Set<ClientId> proposed = new HashSet<>(rows.candidates(id).stream().map(SessionCandidate::client).toList());
        List<OutcomeForm.CandidateOutcome> results = form.results();
        for (int i = 0; i < results.size(); i++) {
            if (!proposed.contains(new ClientId(Objects.requireNonNull(results.get(i).client())))) {
                throw RuleViolation.of(OutcomeForm.class, "candidates[" + i + "].client", "unknown",
                        "Deze werkzoekende is niet voorgedragen voor deze sessie.");
            }
        }
        String note = form.note() == null || form.note().isBlank() ? null : form.note().strip();
        if (note == null && results.isEmpty()) {
            throw RuleViolation.of(OutcomeForm.class, "note", "required", "Geef een toelichting of een resultaat per kandidaat.");
        }
        List<ClientRef> touched = new ArrayList<>();
        for (OutcomeForm.CandidateOutcome result : results) {
            ClientId client = new ClientId(Objects.requireNonNull(result.client()));
            touched.add(clients.client(clientAccess, session.municipality(), client.value(), OutcomeForm.class, ProcessingAction.UPDATE));
            rows.setOutcome(id, client, Objects.requireNonNull(result.outcome()), clock.instant());
        }
        rows.recordOutcome(id, note, clock.instant());
        clients.logged(clientAccess, ProcessingAction.UPDATE, touched.stream().distinct().toList());
    }

    @Transactional(readOnly = true)
    boolean any() {
        return rows.any();
    }
}
