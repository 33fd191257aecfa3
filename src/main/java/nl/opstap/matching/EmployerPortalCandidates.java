package nl.opstap.matching;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.opstap.access.Access;
import nl.opstap.audit.LogSubject;
import nl.opstap.audit.Outcome;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.audit.ProcessingLog;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientId;
import nl.opstap.client.ClientRef;
import nl.opstap.employer.EmployerId;
import nl.opstap.portfolio.EmployerConsents;
import nl.opstap.portfolio.PortfolioSummaries;
import nl.opstap.shared.domain.NotFoundException;
import nl.opstap.vacancy.Vacancies;
import nl.opstap.vacancy.Vacancy;
import nl.opstap.vacancy.VacancyId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An employer's own vacancies and the candidates put forward for them. A candidate is listed, with name and the contact
 * details they put on their CV, only while
 * the client consents: the caseworker-recorded consent to share with employers, or the job seeker's own consent for
 * this employer. Without consent the candidate is left out entirely (a line without data would still tell the
 * employer that someone withdrew). Another employer's vacancy is "not found".
 */
@Service
class EmployerPortalCandidates {

    static final Set<PairStatus> SHOWN = EnumSet.of(PairStatus.PUT_FORWARD, PairStatus.INVITED, PairStatus.HIRED);

    /** A candidate as the employer sees them. */
    record Candidate(UUID pair, String name, PairStatus status, LocalDate proposedOn, @Nullable String email, @Nullable String phone) {}

    private final Vacancies vacancies;
    private final Pairs pairs;
    private final Consents consents;
    private final EmployerConsents employerConsents;
    private final ClientDirectory clients;
    private final ProcessingLog log;
    private final PortfolioSummaries portfolios;

    EmployerPortalCandidates(Vacancies vacancies, Pairs pairs, Consents consents, EmployerConsents employerConsents,
                             ClientDirectory clients, ProcessingLog log, PortfolioSummaries portfolios) {
        this.portfolios = portfolios;
        this.vacancies = vacancies;
        this.pairs = pairs;
        this.consents = consents;
        this.employerConsents = employerConsents;
        this.clients = clients;
        this.log = log;
    }

    @Transactional(readOnly = true)
    List<Vacancy> vacancies(Access access) {
        return vacancies.ofEmployer(access, own(access));
    }

    @Transactional(readOnly = true)
    Vacancy vacancy(Access access, UUID id) {
        EmployerId me = own(access);
        return vacancies.find(access, new VacancyId(id)).filter(v -> v.employer().equals(me))
                .orElseThrow(() -> new NotFoundException("Vacature"));
    }

    @Transactional
    List<Candidate> candidates(Access access, Vacancy vacancy) {
        EmployerId me = own(access);
        List<Pair> shown = pairs.ofVacancy(vacancy.id()).stream().filter(p -> SHOWN.contains(p.status()))
                .filter(p -> consents.of(p.client()).map(Consent::shareWithEmployers).orElse(false)
                        || employerConsents.allows(p.client(), me)).toList();
        Map<ClientId, ClientRef> refs = clients.refsOf(access, shown.stream().map(Pair::client).toList()).stream()
                .collect(Collectors.toMap(ClientRef::id, Function.identity()));
        List<Candidate> out = shown.stream().filter(p -> refs.containsKey(p.client()))
                .map(p -> candidate(p, refs.get(p.client()))).toList();
        log.record(access, MatchAccess.ACTIVITY, ProcessingAction.LIST, Outcome.SUCCESS, refs.values().stream()
                .map(r -> new LogSubject(r.id().value(), r.municipality())).toList());
        return out;
    }

    /** With the contact details the job seeker chose to show on their CV (in their portfolio); none when empty. */
    private Candidate candidate(Pair pair, ClientRef client) {
        PortfolioSummaries.Contact contact = portfolios.contactOf(client.id());
        return new Candidate(pair.id(), client.fullName(), pair.status(), pair.proposedOn(), contact.email(), contact.phone());
    }

    static EmployerId own(Access access) {
        return new EmployerId(access.ownEmployerId());
    }
}
