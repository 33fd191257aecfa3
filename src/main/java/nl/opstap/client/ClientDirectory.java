package nl.opstap.client;

import java.util.List;
import nl.opstap.access.Access;
import nl.opstap.access.UserId;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.audit.ProcessingActivity;
import nl.opstap.organisation.Municipalities;
import nl.opstap.shared.domain.PageResult;
import nl.opstap.shared.domain.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** The register as other modules see it: a caseworker's caseload and aggregated figures. */
@Service
public class ClientDirectory {

    private final ClientService service;
    private final ClientLookup lookup;
    private final ClientForms forms;
    private final Municipalities municipalities;
    private final ClientQueries queries;
    private final BenefitBatch benefits;

    ClientDirectory(ClientService service, ClientLookup lookup, ClientForms forms, Municipalities municipalities, ClientQueries queries,
                    BenefitBatch benefits) {
        this.queries = queries;
        this.benefits = benefits;
        this.service = service;
        this.lookup = lookup;
        this.forms = forms;
        this.municipalities = municipalities;
    }

    /**
     * The client, when it lies in the caller's scope; otherwise {@link nl.opstap.shared.domain.NotFoundException}
     * and a refusal in the processing log under the caller's activity. The caller logs its own success.
     */
    public ClientRef inScope(Access access, ClientId id, ProcessingActivity activity, ProcessingAction action) {
        return ref(service.inScope(access, id, activity, action));
    }

    /**
     * The signed-in job seeker's own file (access for OWN_FILE), or {@link nl.opstap.shared.domain.NotFoundException}.
     * Job seeker endpoints take no client id from the request: they use this. The caller logs its own read.
     */
    public ClientRef ownFile(Access access, ProcessingActivity activity, ProcessingAction action) {
        java.util.UUID own = access.user().ownClientId();
        if (access.permission() != nl.opstap.access.Permission.OWN_FILE || own == null) {
            throw new nl.opstap.shared.domain.NotFoundException("Uw dossier");
        }
        return inScope(access, new ClientId(own), activity, action);
    }

    /**
     * Every client in the caller's scope, or only those assigned to {@code caseworker}. Nothing is logged
     * here: the caller logs the clients it shows or changes.
     */
    public List<ClientRef> refs(Access access, @Nullable UserId caseworker) {
        return queries.refs(access.scope(), caseworker, municipalities::nameOf);
    }

    /**
     * The clients among {@code ids} that lie in the caller's scope (others are left out), by name. Nothing is
     * logged here: the caller logs the clients it shows or changes.
     */
    public List<ClientRef> refsOf(Access access, java.util.Collection<ClientId> ids) {
        return ids.isEmpty() ? List.of() : queries.refsOf(access.scope(), ids, municipalities::nameOf);
    }

    /**
     * The clients among {@code ids} in the caller's scope that are in the doelgroepregister (the Kandidatenverkenner
     * export). Nothing is logged here: the caller logs the clients it hands over.
     */
    public java.util.Set<ClientId> inTargetGroupRegister(Access access, java.util.Collection<ClientId> ids) {
        return ids.isEmpty() ? java.util.Set.of() : queries.inTargetGroupRegister(access.scope(), ids);
    }

    /**
     * Clients of one municipality in the caller's scope whose name holds every word of {@code name} (at most
     * {@code limit}, by name), to pick one from; logged as a LIST under the caller's processing activity.
     */
    public List<ClientRef> byName(Access access, String name, nl.opstap.organisation.MunicipalityCode municipality,
                                  ProcessingActivity activity, int limit) {
        return lookup.byName(access, name, municipality, activity, limit).stream()
                .map(r -> new ClientRef(r.id(), r.municipality(), municipalities.nameOf(r.municipality()), r.fullName(),
                        r.dateOfBirth(), r.caseworker()))
                .toList();
    }

    /**
     * Reassigns clients to a caseworker from today, all or nothing; returns how many changed. Refuses a
     * caseworker who does not hold the role in a client's municipality ({@link nl.opstap.shared.domain.RuleViolation}).
     */
    public int reassign(Access access, List<ClientId> clients, UserId caseworker) {
        return service.reassign(access, clients, caseworker);
    }

    /**
     * Locks the client against concurrent changes by other modules until the caller's transaction ends
     * (e.g. two caseworkers recording a diagnosis fact for the same client at once). Call it after
     * {@link #inScope}, inside a transaction.
     */
    public void lockForChange(ClientId client) {
        queries.lock(client);
    }

    ClientRef ref(Client client) {
        return new ClientRef(client.id(), client.municipality(), municipalities.nameOf(client.municipality()),
                client.details().fullName(), client.details().dateOfBirth(), client.caseworkerId());
    }

    /** The clients currently assigned to the signed-in user (logged as a list read). */
    public PageResult<ClientSummary> caseloadOf(Access access, Paging paging) {
        return forms.withCaseworkerNames(lookup.search(access, ClientSearch.caseloadOf(access.user().id()), paging))
                .map(item -> new ClientSummary(item.row().id(), item.row().municipality().value(), item.municipalityName(),
                        item.row().fullName(), item.row().dateOfBirth(), item.row().postcode(), item.row().city(),
                        item.row().benefitStatus(), item.caseworkerName()));
    }

    /** Registers a client (for imports and demo data); the same rules and log as on the screen. */
    public ClientId register(Access access, NewClient client) {
        return service.register(access, client).id();
    }

    /** Starts a benefit status from a date, or ends the benefit when the change has no status. */
    public void changeBenefit(Access access, ClientId id, BenefitChange change) {
        service.changeBenefit(access, id, change);
    }

    /**
     * Benefit changes for many clients at once (imports, demo data), each client's in date order: all checked by the
     * same rules as {@link #changeBenefit} before anything is stored, then written in batches and logged once.
     * Refuses clients outside the caller's scope. Returns how many clients changed.
     */
    public int changeBenefits(Access access, java.util.Map<ClientId, List<BenefitChange>> changes) {
        return benefits.apply(access, changes);
    }

    /** Links two clients of one municipality as partners. */
    public void linkPartners(Access access, ClientId one, ClientId other) {
        service.changePartner(access, one, new PartnerChange(other.value()));
    }

    /** Counts per municipality in scope; no personal data, so nothing is logged. */
    public List<MunicipalityFigures> figures(Access access) {
        return lookup.figures(access);
    }
}
