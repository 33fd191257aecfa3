package nl.opstap.workshop;

import nl.opstap.access.Access;
import nl.opstap.client.ClientId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workshop module's public API (demo data, imports): the same checks, rules and processing log as on the screen
 * and in the REST API. Each call is one transaction; bad input is refused with a
 * {@link nl.opstap.shared.domain.RuleViolation} and nothing is stored.
 */
@Service
public class Workshops {

    private final WorkshopService workshops;
    private final SessionService sessions;
    private final WorkshopRows workshopRows;
    private final SessionRows sessionRows;
    private final nl.opstap.employer.Employers employers;

    Workshops(WorkshopService workshops, SessionService sessions, WorkshopRows workshopRows, SessionRows sessionRows,
              nl.opstap.employer.Employers employers) {
        this.workshops = workshops;
        this.sessions = sessions;
        this.workshopRows = workshopRows;
        this.sessionRows = sessionRows;
        this.employers = employers;
    }

    /** The workshop as a place to match candidates for, if it lies in the access's scope (EMPLOYER_READ). */
    @Transactional(readOnly = true)
    public java.util.Optional<MatchPlace> workshopPlace(Access access, WorkshopId id) {
        return workshopRows.find(access.scope(), id).flatMap(w -> employers.find(access, w.partner()).map(partner -> new MatchPlace(
                id.value(), w.municipality(), w.name(), w.sector(), partner.postcode(), w.start(),
                workshopRows.candidates(id).stream().map(Candidate::client).collect(java.util.stream.Collectors.toSet()), true, w.free())));
    }

    /** The running workshops in scope with free seats (newest first, at most 100), to assign candidates to. */
    @Transactional(readOnly = true)
    public java.util.List<MatchPlace> withFreeSeats(Access access) {
        java.time.LocalDate today = java.time.LocalDate.now();
        return workshopRows.page(access.scope(), nl.opstap.shared.domain.Paging.of(1, nl.opstap.shared.domain.Paging.MAX_SIZE)).content()
                .stream().filter(w -> w.free() > 0 && (w.end() == null || !w.end().isBefore(today)))
                .map(w -> workshopPlace(access, w.id())).flatMap(java.util.Optional::stream).toList();
    }

    /** The temp-agency session as a place to match candidates for, if it lies in the access's scope (EMPLOYER_READ). */
    @Transactional(readOnly = true)
    public java.util.Optional<MatchPlace> sessionPlace(Access access, SessionId id) {
        return sessionRows.find(access.scope(), id).flatMap(s -> employers.find(access, s.agency()).map(agency -> new MatchPlace(
                id.value(), s.municipality(), agency.name(), null, agency.postcode(), s.date(),
                sessionRows.candidates(id).stream().map(SessionCandidate::client).collect(java.util.stream.Collectors.toSet()), false, 0)));
    }

    @Transactional(readOnly = true)
    public boolean anyStored() {
        return workshops.any() || sessions.any();
    }

    /** Registers a workshop (access for EMPLOYER_WRITE). */
    @Transactional
    public WorkshopId create(Access access, WorkshopForm form) {
        return workshops.create(access, form);
    }

    /** Proposes a client as candidate (the access's user must also read clients of the workshop's municipality). */
    @Transactional
    public void addCandidate(Access access, WorkshopId workshop, CandidateForm form) {
        workshops.addCandidate(access, workshop, form);
    }

    /** Changes a candidate's status; placing needs a free seat. */
    @Transactional
    public void changeStatus(Access access, WorkshopId workshop, ClientId client, StatusChange change) {
        workshops.changeStatus(access, workshop, client, change);
    }

    /** Plans (or records) a temp-agency session. */
    @Transactional
    public SessionId createSession(Access access, SessionForm form) {
        return sessions.create(access, form);
    }

    /** Proposes a client to a session's agency. */
    @Transactional
    public void propose(Access access, SessionId session, SessionCandidateForm form) {
        sessions.propose(access, session, form);
    }

    /** Records a session's outcome, from its date on. */
    @Transactional
    public void recordOutcome(Access access, SessionId session, OutcomeForm form) {
        sessions.recordOutcome(access, session, form);
    }
}
