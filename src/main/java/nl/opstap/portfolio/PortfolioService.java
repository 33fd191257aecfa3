package nl.opstap.portfolio;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import nl.opstap.access.Access;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.client.ClientRef;
import nl.opstap.shared.domain.NotFoundException;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.shared.domain.StaleVersionException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The job seeker's own portfolio entries: add, change and delete, each checked by {@link PortfolioEntryRules}, guarded
 * by the entry's version and logged. The client is always the signed-in job seeker's own file ({@link PortfolioFiles}).
 */
@Service
class PortfolioService {

    private final PortfolioFiles files;
    private final PortfolioEntries entries;
    private final CompetenceChoices choices;
    private final CvContacts contacts;
    private final Clock clock;

    PortfolioService(PortfolioFiles files, PortfolioEntries entries, CompetenceChoices choices, CvContacts contacts, Clock clock) {
        this.contacts = contacts;
        this.files = files;
        this.entries = entries;
        this.choices = choices;
        this.clock = clock;
    }

    /** One of the job seeker's own entries, for its edit form. */
    @Transactional
    PortfolioEntry entry(Access access, PortfolioEntryId id) {
        ClientRef client = files.own(access, ProcessingAction.READ);
        PortfolioEntry entry = entries.find(client.id(), id).orElseThrow(() -> new NotFoundException("Dit onderdeel"));
        files.record(access, ProcessingAction.READ, client);
        return entry;
    }

    @Transactional
    PortfolioEntry add(Access access, PortfolioSection section, PortfolioEntryForm form) {
        ClientRef client = files.own(access, ProcessingAction.CREATE);
        PortfolioEntry entry = PortfolioEntry.create(client.id(), client.municipality(), section, checked(client, section, form), now());
        entries.insert(entry, access.user().id().value());
        files.record(access, ProcessingAction.CREATE, client);
        return entry;
    }

    @Transactional
    PortfolioEntry change(Access access, PortfolioEntryId id, PortfolioEntryForm form) {
        ClientRef client = files.own(access, ProcessingAction.UPDATE);
        PortfolioEntry current = entries.find(client.id(), id).orElseThrow(() -> new NotFoundException("Dit onderdeel"));
        current.requireVersion(form.version());
        PortfolioEntry changed = current.changedTo(checked(client, current.section(), form), now());
        if (!entries.update(changed, access.user().id().value())) {
            throw new StaleVersionException("Dit onderdeel", current.version());
        }
        files.record(access, ProcessingAction.UPDATE, client);
        return changed;
    }

    @Transactional
    void delete(Access access, PortfolioEntryId id, @Nullable Integer version) {
        ClientRef client = files.own(access, ProcessingAction.UPDATE);
        PortfolioEntry current = entries.find(client.id(), id).orElseThrow(() -> new NotFoundException("Dit onderdeel"));
        current.requireVersion(version);
        if (!entries.delete(current)) {
            throw new StaleVersionException("Dit onderdeel", current.version());
        }
        files.record(access, ProcessingAction.UPDATE, client);
    }

    /** Stores the contact details the job seeker wants on their CV, over the version they were read at. */
    @Transactional
    void saveContact(Access access, CvContact form) {
        ClientRef client = files.own(access, ProcessingAction.UPDATE);
        contacts.save(client.id(), form.checked(), now());
        files.record(access, ProcessingAction.UPDATE, client);
    }

    /** The form checked for the section; a skill gets the label of the chosen ESCO skill or competence as its title. */
    private PortfolioEntryForm checked(ClientRef client, PortfolioSection section, PortfolioEntryForm form) {
        PortfolioEntryForm checked = PortfolioEntryRules.check(section, form, LocalDate.now(clock));
        if (section != PortfolioSection.VAARDIGHEID) {
            return checked;
        }
        String key = checked.skill() == null ? "" : checked.skill();
        String label = choices.label(client.municipality(), key);
        if (label.length() > PortfolioEntryRules.SHORT) {
            throw RuleViolation.of(PortfolioEntryForm.class, "skill", "length", "Kies een kortere vaardigheid.");
        }
        return new PortfolioEntryForm(checked.section(), label, "", null, key, null, null, false, "", checked.version());
    }

    private Instant now() {
        return clock.instant();
    }
}
