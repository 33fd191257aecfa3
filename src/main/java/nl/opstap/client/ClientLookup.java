package nl.opstap.client;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.opstap.access.Access;
import nl.opstap.audit.LogEntry;
import nl.opstap.audit.LogSubject;
import nl.opstap.audit.Outcome;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.audit.ProcessingActivity;
import nl.opstap.audit.ProcessingLog;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.shared.domain.NotFoundException;
import nl.opstap.shared.domain.PageResult;
import nl.opstap.shared.domain.Paging;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finding clients in the register: search and browse, by BSN, partner candidates, who viewed a file, and
 * figures. Every list of clients is limited to the caller's scope and logged as a LIST.
 */
@Service
class ClientLookup {

    private static final ProcessingActivity ACTIVITY = ProcessingActivity.CLIENT_REGISTRATION;

    private final Clients clients;
    private final ClientQueries queries;
    private final ProcessingLog log;
    private final Clock clock;

    ClientLookup(Clients clients, ClientQueries queries, ProcessingLog log, Clock clock) {
        this.clients = clients;
        this.queries = queries;
        this.log = log;
        this.clock = clock;
    }

    @Transactional
    PageResult<ClientRow> search(Access access, ClientSearch search, Paging paging) {
        PageResult<ClientRow> page = queries.search(access.scope(), search, paging, today());
        log.record(access, ACTIVITY, ProcessingAction.LIST, Outcome.SUCCESS,
                page.content().stream().map(r -> new LogSubject(r.id().value(), r.municipality())).toList());
        return page;
    }

    /**
     * The files with exactly this BSN within scope (more than one when the person is registered in
     * several of the caller's municipalities). The BSN itself is never stored or logged.
     */
    @Transactional(readOnly = true)
    List<ClientId> findByBsn(Access access, String bsn) {
        if (Bsn.problemWith(bsn).isPresent()) {
            return List.of();
        }
        return clients.findByBsn(access.scope(), Bsn.parse(bsn));
    }

    /** Clients of the same municipality whose name matches, to pick a partner from. */
    @Transactional
    PageResult<ClientRow> partnerCandidates(Access access, ClientId id, String name) {
        MunicipalityCode municipality = municipalityInScope(access, id);
        if (SearchName.terms(name).isEmpty()) {
            return new PageResult<>(List.of(), 1, 10, 0);
        }
        ClientSearch search = new ClientSearch(name, null, null, municipality, null,
                new ClientSort.Order(ClientSort.NAME, false));
        PageResult<ClientRow> page = search(access, search, new Paging(1, 10));
        return new PageResult<>(page.content().stream().filter(r -> !r.id().equals(id)).toList(), 1, 10,
                page.totalElements());
    }

    /**
     * Clients of one municipality in scope whose name holds every word of {@code name}, by name, to pick one from;
     * logged as a LIST under the caller's processing activity. A BSN-like text finds nothing.
     */
    @Transactional
    List<ClientRow> byName(Access access, String name, MunicipalityCode municipality, ProcessingActivity activity, int limit) {
        if (SearchName.terms(name).isEmpty() || SearchName.containsBsnLike(name) || !access.scope().contains(municipality)) {
            return List.of();
        }
        ClientSearch search = new ClientSearch(name, null, null, municipality, null, new ClientSort.Order(ClientSort.NAME, false));
        List<ClientRow> rows = queries.search(access.scope(), search, new Paging(1, limit), today()).content();
        log.record(access, activity, ProcessingAction.LIST, Outcome.SUCCESS,
                rows.stream().map(r -> new LogSubject(r.id().value(), r.municipality())).toList());
        return rows;
    }

    /** Who viewed or changed this client's file. */
    @Transactional(readOnly = true)
    PageResult<LogEntry> processingHistory(Access access, ClientId id, Paging paging) {
        municipalityInScope(access, id);
        return log.historyOf(id.value(), paging);
    }

    @Transactional(readOnly = true)
    List<MunicipalityFigures> figures(Access access) {
        return queries.figures(access.scope(), today());
    }

    private MunicipalityCode municipalityInScope(Access access, ClientId id) {
        return clients.municipalityOf(id).filter(access.scope()::contains)
                .orElseThrow(() -> new NotFoundException("Werkzoekende"));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
