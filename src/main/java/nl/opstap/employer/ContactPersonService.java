package nl.opstap.employer;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.shared.domain.NotFoundException;
import nl.opstap.shared.domain.StaleVersionException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An employer's contact persons: add, change (optimistic locking) and remove. A contact person who left the company
 * stays, marked inactive, while contact moments refer to them. Contact persons are personal data too, so every read and
 * change is logged with the employer as subject (see {@link EmployerService#logged}).
 */
@Service
class ContactPersonService {

    /** What removing a contact person did. */
    enum Removal { DELETED, MARKED_INACTIVE }

    private final EmployerService employers;
    private final ContactPersons contacts;
    private final Clock clock;

    ContactPersonService(EmployerService employers, ContactPersons contacts, Clock clock) {
        this.employers = employers;
        this.contacts = contacts;
        this.clock = clock;
    }

    @Transactional
    List<Views.Contact> contacts(Access access, Employer employer) {
        employers.logged(access, employer, ProcessingAction.READ);
        return contacts.of(employer.id());
    }

    @Transactional
    Views.Contact contact(Access access, EmployerId employerId, UUID id) {
        Employer employer = employers.employer(access, employerId);
        Views.Contact contact = contacts.find(employer.id(), id).orElseThrow(() -> new NotFoundException("Contactpersoon"));
        employers.logged(access, employer, ProcessingAction.READ);
        return contact;
    }

    @Transactional
    void add(Access access, EmployerId id, ContactForm form) {
        Employer employer = employers.employer(access, id);
        contacts.insert(Map.of(id, List.of(form)), clock.instant());
        employers.logged(access, employer, ProcessingAction.CREATE);
    }

    @Transactional
    void update(Access access, EmployerId employerId, UUID id, int version, ContactForm form) {
        Employer employer = employers.employer(access, employerId);
        Views.Contact current = contacts.lock(employer.id(), id).orElseThrow(() -> new NotFoundException("Contactpersoon"));
        if (current.version() != version || !contacts.update(employer.id(), id, version, form, clock.instant())) {
            throw new StaleVersionException("Deze contactpersoon", current.version());
        }
        employers.logged(access, employer, ProcessingAction.UPDATE);
    }

    /** Deletes the contact person, or marks them inactive when contact moments refer to them. */
    @Transactional
    Removal remove(Access access, EmployerId employerId, UUID id, int version) {
        Employer employer = employers.employer(access, employerId);
        Views.Contact current = contacts.lock(employer.id(), id).orElseThrow(() -> new NotFoundException("Contactpersoon"));
        if (current.version() != version) {
            throw new StaleVersionException("Deze contactpersoon", current.version());
        }
        Removal removal = EmployerRules.removalOf(contacts.referenced(id));
        boolean done = removal == Removal.DELETED ? contacts.delete(employer.id(), id, version)
                : !current.active() || contacts.deactivate(employer.id(), id, version, clock.instant());
        if (!done) {
            throw new StaleVersionException("Deze contactpersoon", current.version());
        }
        employers.logged(access, employer, ProcessingAction.UPDATE);
        return removal;
    }
}
