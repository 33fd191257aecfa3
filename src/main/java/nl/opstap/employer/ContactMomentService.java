package nl.opstap.employer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.audit.LogSubject;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.client.ClientRef;
import nl.opstap.shared.domain.NotFoundException;
import nl.opstap.shared.domain.StaleVersionException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contact moments: record, change (optimistic locking) and show them with their mediation link. A change writes the
 * processing log only where client data is involved: for the client linked before and after the change.
 */
@Service
class ContactMomentService {

    private final EmployerService employers;
    private final CrmRows crm;
    private final ContactPersons contacts;
    private final MediationLinks links;
    private final Clock clock;

    ContactMomentService(EmployerService employers, CrmRows crm, ContactPersons contacts, MediationLinks links, Clock clock) {
        this.employers = employers;
        this.crm = crm;
        this.contacts = contacts;
        this.links = links;
        this.clock = clock;
    }

    @Transactional
    List<Views.Moment> moments(Access access, Employer employer) {
        employers.logged(access, employer, ProcessingAction.READ);
        return crm.moments(employer.id());
    }

    @Transactional
    Views.Moment moment(Access access, EmployerId employerId, UUID id) {
        Employer employer = employers.employer(access, employerId);
        Views.Moment moment = crm.moment(employer.id(), id).orElseThrow(() -> new NotFoundException("Contactmoment"));
        employers.logged(access, employer, ProcessingAction.READ);
        return moment;
    }

    @Transactional
    void add(Access access, EmployerId id, ContactMomentForm form) {
        Employer employer = employers.employer(access, id);
        EmployerRules.checkMoment(form, LocalDate.now(clock));
        checkContact(employer, form.contact(), null);
        LogSubject linked = form.mediationClient() == null ? null : links.checked(access, employer.municipality(), form.mediationClient());
        crm.insertMoments(List.of(new CrmRows.NewMoment(id, employer.municipality(), form, access.user().id(), access.user().displayName(),
                ManagerKind.of(access.user().economicAffairs()))), clock.instant());
        employers.logged(access, employer, ProcessingAction.CREATE);
        if (linked != null) {
            links.changed(access, ProcessingAction.UPDATE, List.of(linked));
        }
    }

    @Transactional
    void update(Access access, EmployerId employerId, UUID id, int version, ContactMomentForm form) {
        Employer employer = employers.employer(access, employerId);
        Views.Moment current = crm.moment(employer.id(), id).orElseThrow(() -> new NotFoundException("Contactmoment"));
        if (current.version() != version) {
            throw new StaleVersionException("Dit contactmoment", current.version());
        }
        EmployerRules.checkMoment(form, LocalDate.now(clock));
        checkContact(employer, form.contact(), current.contact());
        Map<UUID, LogSubject> clients = new LinkedHashMap<>();
        if (current.mediationClient() != null) {
            clients.put(current.mediationClient(), new LogSubject(current.mediationClient(), employer.municipality()));
        }
        if (form.mediationClient() != null && !form.mediationClient().equals(current.mediationClient())) {
            clients.put(form.mediationClient(), links.checked(access, employer.municipality(), form.mediationClient()));
        }
        if (!crm.updateMoment(employer.id(), id, version, form, clock.instant())) {
            throw new StaleVersionException("Dit contactmoment", crm.moment(employer.id(), id).map(Views.Moment::version).orElse(version));
        }
        links.changed(access, ProcessingAction.UPDATE, clients.values());
        employers.logged(access, employer, ProcessingAction.UPDATE);
    }

    /** The names of the linked clients the caller may read, by client id (each read logged). */
    @Transactional
    Map<UUID, String> linkedNames(Access access, Employer employer, Collection<UUID> clients) {
        return links.names(access, employer.municipality(), clients.stream().filter(Objects::nonNull).distinct().toList());
    }

    static List<UUID> linkedClients(List<Views.Moment> moments) {
        return moments.stream().map(Views.Moment::mediationClient).filter(Objects::nonNull).distinct().toList();
    }

    /** Clients to link to a mediation, found by name in the employer's municipality (each listed client logged). */
    @Transactional
    List<ClientRef> clientSuggestions(Access access, EmployerId employerId, String text) {
        return links.suggestions(access, employers.employer(access, employerId).municipality(), text);
    }

    /** Locks the named contact person, so a removal cannot slip in between. */
    private void checkContact(Employer employer, @Nullable UUID contact, @Nullable UUID previous) {
        if (contact != null) {
            EmployerRules.checkMomentContact(contacts.lock(employer.id(), contact).orElse(null), previous);
        }
    }
}
