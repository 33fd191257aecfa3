package nl.opstap.portfolio;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.opstap.access.Access;
import nl.opstap.access.Permission;
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
import nl.opstap.shared.domain.NotFoundException;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.vacancy.Vacancies;
import nl.opstap.vacancy.VacancyId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contact requests: an employer asks about a published profile, and the account managers of the client's
 * municipality handle it. The system never contacts the job seeker; the employer never learns who it is.
 */
@Service
class ContactRequestService {

    /** A request as an account manager sees it (staff: with the client's name and link). */
    record Row(ContactRequest request, String employer, @Nullable ClientRef client, @Nullable String vacancy) {}

    private final ContactRequests requests;
    private final Profiles profiles;
    private final Vacancies vacancies;
    private final Employers employers;
    private final ClientDirectory clients;
    private final ProcessingLog log;
    private final Clock clock;

    ContactRequestService(ContactRequests requests, Profiles profiles, Vacancies vacancies, Employers employers, ClientDirectory clients,
                          ProcessingLog log, Clock clock) {
        this.requests = requests;
        this.profiles = profiles;
        this.vacancies = vacancies;
        this.employers = employers;
        this.clients = clients;
        this.log = log;
        this.clock = clock;
    }

    /** The employer asks for contact; one active request per employer and profile; the vacancy must be their own. */
    @Transactional
    ContactRequest ask(Access access, String number, @Nullable UUID vacancy, @Nullable String message) {
        EmployerId me = ownEmployer(access);
        Profile profile = profiles.published(access.scope(), number).orElseThrow(() -> new NotFoundException("Profiel"));
        clients.lockForChange(profile.client());
        VacancyId concerning = vacancy == null ? null : new VacancyId(vacancy);
        if (concerning != null && vacancies.find(access.as(Permission.OWN_EMPLOYER), concerning)
                .filter(v -> v.employer().equals(me)).isEmpty()) {
            throw RuleViolation.of(ContactForm.class, "vacatureId", "unknown", "Kies een vacature van uw eigen bedrijf.");
        }
        if (requests.hasActive(me, profile.client())) {
            throw RuleViolation.conflict(ContactForm.class, "profiel", "open",
                    "U heeft al een contactverzoek voor dit profiel. De accountmanager neemt contact met u op.");
        }
        ContactRequest request = ContactRequest.ask(profile, me, concerning, message, clock.instant());
        requests.insert(request, access.user().id().value());
        logged(access, List.of(request), ProcessingAction.CREATE);
        return request;
    }

    /** The employer's own requests (status only; a withdrawn profile shows nothing of it). */
    @Transactional(readOnly = true)
    List<ContactRequest> ofOwnEmployer(Access access) {
        return requests.ofEmployer(ownEmployer(access));
    }

    /** The requests in the account manager's municipalities, with employer and client names; logged as a list read. */
    @Transactional
    List<Row> forManagers(Access access, boolean activeOnly) {
        List<ContactRequest> list = requests.inScope(access.scope(), activeOnly);
        Map<EmployerId, String> names = employers.names(access.as(Permission.EMPLOYER_READ),
                list.stream().map(ContactRequest::employer).distinct().toList());
        Map<ClientId, ClientRef> refs = clients.refsOf(access.as(Permission.CLIENT_READ),
                list.stream().map(ContactRequest::client).distinct().toList()).stream()
                .collect(Collectors.toMap(ClientRef::id, Function.identity()));
        Map<VacancyId, String> titles = vacancies.findAll(access.as(Permission.EMPLOYER_READ),
                list.stream().map(ContactRequest::vacancy).filter(Objects::nonNull).distinct().toList()).stream()
                .collect(Collectors.toMap(v -> v.id(), v -> v.title()));
        logged(access, list, ProcessingAction.LIST);
        return list.stream().map(r -> new Row(r, names.getOrDefault(r.employer(), "werkgever"), refs.get(r.client()),
                r.vacancy() == null ? null : titles.get(r.vacancy()))).toList();
    }

    /** An account manager's step: voorgelegd, contact gelegd or afgewezen, with a note; the version guards against a race. */
    @Transactional
    ContactRequest decide(Access access, UUID id, ContactStatus next, @Nullable String note, int version) {
        ContactRequest request = requests.find(access.scope(), id).orElseThrow(() -> new NotFoundException("Contactverzoek"));
        if (!next.isManagerStep()) {
            throw RuleViolation.of(DecisionForm.class, "status", "unknown", "Kies voorgelegd, contact gelegd of afgewezen.");
        }
        if (request.version() != version) {
            throw new nl.opstap.shared.domain.StaleVersionException("Dit contactverzoek", request.version());
        }
        String clean = note == null || note.isBlank() ? null : note.strip();
        if (clean != null && clean.length() > ContactRequest.MESSAGE_MAX) {
            throw RuleViolation.of(DecisionForm.class, "notitie", "size", "De notitie is te lang (hoogstens 1000 tekens).");
        }
        ContactRequest moved = request.moveTo(next);
        requests.advance(moved, clean, access.user().id().value(), clock.instant());
        logged(access, List.of(moved), ProcessingAction.UPDATE);
        return moved;
    }

    static EmployerId ownEmployer(Access access) {
        return new EmployerId(access.ownEmployerId());
    }

    private void logged(Access access, List<ContactRequest> list, ProcessingAction action) {
        log.record(access, ProcessingActivity.PROFILES, action, Outcome.SUCCESS,
                list.stream().map(r -> new LogSubject(r.client().value(), r.municipality())).distinct().toList());
    }
}
