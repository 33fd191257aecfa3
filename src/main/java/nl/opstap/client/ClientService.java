package nl.opstap.client;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.opstap.access.Access;
import nl.opstap.access.Role;
import nl.opstap.access.UserDirectory;
import nl.opstap.access.UserId;
import nl.opstap.audit.LogSubject;
import nl.opstap.audit.Outcome;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.audit.ProcessingActivity;
import nl.opstap.audit.ProcessingLog;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.shared.domain.NotFoundException;
import nl.opstap.shared.domain.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's use cases. Each one reads or changes within the caller's scope and writes the
 * processing log in the same transaction.
 */
@Service
class ClientService {

    private static final ProcessingActivity ACTIVITY = ProcessingActivity.CLIENT_REGISTRATION;

    private final Clients clients;
    private final ClientQueries queries;
    private final ProcessingLog log;
    private final UserDirectory users;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ClientService(Clients clients, ClientQueries queries, ProcessingLog log, UserDirectory users,
                  ApplicationEventPublisher events, Clock clock) {
        this.clients = clients;
        this.queries = queries;
        this.log = log;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    Client register(Access access, NewClient request) {
        ClientDetails details = request.details();
        MunicipalityCode municipality = writableMunicipality(access, details.municipality());
        if (clients.bsnTaken(municipality, Bsn.parse(details.bsn()), null)) {
            throw bsnTaken();
        }
        Client client = Client.register(details, today(), clock.instant());
        UserId by = access.user().id();
        NewClient.InitialBenefit benefit = request.benefit();
        if (benefit.status() != null) {
            if (benefit.from() == null) {
                throw RuleViolation.of(NewClient.class, "benefit.from", "required", "Vul de ingangsdatum van de uitkeringsstatus in.");
            }
            client.startBenefitStatus(benefit.status(), benefit.from(), clock.instant(), by);
        }
        if (request.caseworkerId() != null) {
            client.assignCaseworker(caseworkerIn(new UserId(request.caseworkerId()), municipality), today(), clock.instant(), by);
        }
        try {
            clients.insert(client, by, clock.instant());
        } catch (DuplicateKeyException sameBsnMeanwhile) {
            throw bsnTaken();
        }
        log.record(access, ACTIVITY, ProcessingAction.CREATE, Outcome.SUCCESS, List.of(subject(client)));
        events.publishEvent(new ClientChanged(client.id(), municipality, true));
        return client;
    }

    @Transactional
    Client update(Access access, ClientId id, ClientDetails details, int expectedVersion) {
        Client client = load(access, id, ProcessingAction.UPDATE);
        if (client.anonymised()) {
            throw RuleViolation.conflict(ClientDetails.class, "", "anonymised", "Dit dossier is geanonimiseerd en kan niet meer worden gewijzigd.");
        }
        MunicipalityCode target = writableMunicipality(access, details.municipality());
        if (clients.bsnTaken(target, Bsn.parse(details.bsn()), id)) {
            throw bsnTaken();
        }
        MunicipalityCode before = client.municipality();
        client.change(details, expectedVersion, today());
        if (!target.equals(before) && client.caseworkerId() != null
                && !users.holds(client.caseworkerId(), Role.CASEWORKER, target)) {
            client.endCaseworkerAssignment(today()); // the caseworker has no role in the new municipality
        }
        return save(access, client);
    }

    @Transactional
    Client changeBenefit(Access access, ClientId id, BenefitChange change) {
        Client client = load(access, id, ProcessingAction.UPDATE);
        change.check(today(), client.details().dateOfBirth());
        if (change.status() == null) {
            client.endBenefit(change.from());
        } else {
            client.startBenefitStatus(change.status(), change.from(), clock.instant(), access.user().id());
        }
        return save(access, client);
    }

    @Transactional
    Client assignCaseworker(Access access, ClientId id, CaseworkerChange change) {
        Client client = load(access, id, ProcessingAction.UPDATE);
        UserId caseworker = caseworkerIn(new UserId(change.caseworkerId()), client.municipality());
        client.assignCaseworker(caseworker, today(), clock.instant(), access.user().id());
        return save(access, client);
    }

    /**
     * Assigns all given clients to one caseworker from today, all or nothing: a client outside scope or
     * a caseworker without the role in a client's municipality leaves every assignment as it was.
     */
    @Transactional
    int reassign(Access access, List<ClientId> ids, UserId caseworker) {
        List<Client> changed = new java.util.ArrayList<>();
        for (ClientId id : new java.util.LinkedHashSet<>(ids)) {
            Client client = load(access, id, ProcessingAction.UPDATE);
            if (!caseworker.equals(client.caseworkerId())) {
                client.assignCaseworker(caseworkerIn(caseworker, client.municipality()), today(), clock.instant(), access.user().id());
                changed.add(client);
            }
        }
        if (!changed.isEmpty()) {
            persist(access, changed);
        }
        return changed.size();
    }

    @Transactional
    Client changePartner(Access access, ClientId id, PartnerChange change) {
        Client client = load(access, id, ProcessingAction.UPDATE);
        ClientId partnerId = change.partnerId() != null ? new ClientId(change.partnerId()) : client.partnerId();
        if (partnerId == null) {
            throw RuleViolation.of(PartnerChange.class, "partnerId", "none", "Er is geen partner om te ontkoppelen.");
        }
        Client partner = clients.find(access.scope(), partnerId).orElseThrow(() -> RuleViolation.of(
                PartnerChange.class, "partnerId", "unknown", "Deze partner is niet gevonden in uw gemeenten."));
        if (change.partnerId() != null) {
            client.linkPartner(partner);
        } else {
            client.unlinkPartner(partner);
        }
        persist(access, List.of(client, partner));
        return client;
    }

    @Transactional
    Client read(Access access, ClientId id) {
        Client client = load(access, id, ProcessingAction.READ);
        log.record(access, ACTIVITY, ProcessingAction.READ, Outcome.SUCCESS, List.of(subject(client)));
        return client;
    }

    /**
     * The client for another module's use case: in scope, or "not found" with the attempt logged as
     * refused under that module's activity. The caller logs its own successful read or change.
     */
    @Transactional
    Client inScope(Access access, ClientId id, ProcessingActivity activity, ProcessingAction action) {
        // A job seeker's scope is their municipality, but their access reaches only their own file.
        boolean ownOnly = access.permission() == nl.opstap.access.Permission.OWN_FILE;
        Optional<Client> found = ownOnly && !id.value().equals(access.user().ownClientId()) ? Optional.empty()
                : clients.find(access.scope(), id);
        return found.orElseGet(() -> {
            clients.municipalityOf(id).ifPresent(municipality ->
                    log.recordRefusal(access, activity, action, Outcome.DENIED, new LogSubject(id.value(), municipality)));
            throw new NotFoundException("Werkzoekende");
        });
    }

    /** A job seeker's own file, by the id bound to their account. */
    @Transactional
    Client readOwnFile(Access access) {
        Client client = Optional.ofNullable(access.user().ownClientId()).map(ClientId::new)
                .flatMap(clients::findOwnFile).orElseThrow(() -> new NotFoundException("Uw dossier"));
        log.record(access, ProcessingActivity.OWN_FILE, ProcessingAction.READ, Outcome.SUCCESS, List.of(subject(client)));
        return client;
    }

    /** The client's partner as far as the caller may see it; showing the partner's name is a read too. */
    @Transactional
    Optional<Client> partnerOf(Access access, Client client) {
        Optional<Client> partner = client.partnerId() == null ? Optional.empty() : clients.find(access.scope(), client.partnerId());
        partner.ifPresent(p -> log.record(access, ACTIVITY, ProcessingAction.LIST, Outcome.SUCCESS, List.of(subject(p))));
        return partner;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private Client save(Access access, Client client) {
        persist(access, List.of(client));
        return client;
    }

    /**
     * Writes the clients first and the processing log after, in that order for every change, so two
     * transactions never wait for each other's locks the other way round.
     */
    private void persist(Access access, List<Client> changed) {
        try {
            changed.forEach(client -> clients.update(client, access.user().id(), clock.instant()));
        } catch (DuplicateKeyException sameBsnMeanwhile) {
            throw bsnTaken();
        }
        log.record(access, ACTIVITY, ProcessingAction.UPDATE, Outcome.SUCCESS, changed.stream().map(ClientService::subject).toList());
        changed.forEach(client -> events.publishEvent(new ClientChanged(client.id(), client.municipality(), false)));
    }

    /** The client in scope; an attempt on a client outside scope is logged as refused and answered "not found". */
    private Client load(Access access, ClientId id, ProcessingAction action) {
        return clients.find(access.scope(), id).orElseGet(() -> {
            clients.municipalityOf(id).ifPresent(municipality ->
                    log.recordRefusal(access, ACTIVITY, action, Outcome.DENIED, new LogSubject(id.value(), municipality)));
            throw new NotFoundException("Werkzoekende");
        });
    }

    private static MunicipalityCode writableMunicipality(Access access, String code) {
        if (!MunicipalityCode.isValid(code) || !access.scope().contains(new MunicipalityCode(code))) {
            throw RuleViolation.of(ClientDetails.class, "municipality", "scope",
                    "Kies een gemeente waarvoor u werkzoekenden mag registreren.");
        }
        return new MunicipalityCode(code);
    }

    private UserId caseworkerIn(UserId caseworker, MunicipalityCode municipality) {
        if (!users.holds(caseworker, Role.CASEWORKER, municipality)) {
            throw RuleViolation.of(CaseworkerChange.class, "caseworkerId", "role",
                    "Kies een klantmanager van de gemeente van deze werkzoekende.");
        }
        return caseworker;
    }

    private static RuleViolation bsnTaken() {
        return RuleViolation.conflict(ClientDetails.class, "bsn", "taken",
                "Er is in deze gemeente al een werkzoekende met dit BSN geregistreerd.");
    }

    private static LogSubject subject(Client client) {
        return new LogSubject(client.id().value(), client.municipality());
    }
}
