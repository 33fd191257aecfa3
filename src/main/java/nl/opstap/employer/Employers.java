package nl.opstap.employer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.opstap.access.Access;
import nl.opstap.audit.LogSubject;
import nl.opstap.audit.Outcome;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.audit.ProcessingActivity;
import nl.opstap.audit.ProcessingLog;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.organisation.OrganisationId;
import nl.opstap.shared.domain.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The employer module's public API: look-ups for the vacancy and matching modules, report counts and bulk imports. */
@Service
public class Employers {

    private final EmployerRows employers;
    private final CrmRows crm;
    private final ContactPersons contactPersons;
    private final MediationLinks links;
    private final EmployerService service;
    private final EmployerWork work;
    private final ProcessingLog log;

    Employers(EmployerRows employers, CrmRows crm, ContactPersons contactPersons, MediationLinks links, EmployerService service,
              EmployerWork work, ProcessingLog log) {
        this.contactPersons = contactPersons;
        this.links = links;
        this.work = work;
        this.employers = employers;
        this.crm = crm;
        this.service = service;
        this.log = log;
    }

    /** The employer if it lies in the caller's scope. */
    @Transactional(readOnly = true)
    public Optional<EmployerSummary> find(Access access, EmployerId id) {
        return employers.find(access.scope(), id).map(EmployerSummary::of);
    }

    /** Employers in the caller's scope whose name, KvK number or postcode matches the text, by name; at most limit. */
    @Transactional(readOnly = true)
    public List<EmployerSummary> search(Access access, String text, int limit) {
        var query = new EmployerRows.Query(text, null, null);
        return employers.search(access.scope(), query, new nl.opstap.shared.domain.Paging(1, limit)).content().stream()
                .map(EmployerSummary::of).toList();
    }

    /** Every employer in the caller's scope, by name. */
    @Transactional(readOnly = true)
    public List<EmployerSummary> all(Access access) {
        return employers.all(access.scope()).stream().map(EmployerSummary::of).toList();
    }

    /** The names of those employers that lie in the caller's scope. */
    @Transactional(readOnly = true)
    public Map<EmployerId, String> names(Access access, java.util.Collection<EmployerId> ids) {
        Map<EmployerId, String> names = new LinkedHashMap<>();
        employers.named(access.scope(), ids).forEach(e -> names.put(e.id(), e.name()));
        return names;
    }

    /** Contact moments that resulted in a mediation, dated from..until inclusive, per municipality in the caller's scope. */
    @Transactional(readOnly = true)
    public Map<MunicipalityCode, Long> mediationsFromContacts(Access access, LocalDate from, LocalDate until) {
        return crm.mediations(access.scope(), from, until);
    }

    /**
     * Every employer in the caller's scope with its contact persons and contact moments, for a migration export. Clients
     * linked to a mediation are named only when the caller may read them (and then logged, as on the screen).
     */
    @Transactional
    public List<EmployerTransfer> forTransfer(Access access) {
        List<EmployerTransfer> result = new ArrayList<>();
        for (Employer e : employers.all(access.scope())) {
            List<Views.Moment> moments = crm.moments(e.id());
            Map<java.util.UUID, String> names = links.names(access, e.municipality(), ContactMomentService.linkedClients(moments));
            result.add(new EmployerTransfer(EmployerResources.EmployerResource.of(e),
                    contactPersons.of(e.id()).stream().map(EmployerResources.ContactResource::of).toList(),
                    moments.stream().map(m -> EmployerResources.MomentResource.of(m, names)).toList()));
        }
        return result;
    }

    @Transactional(readOnly = true)
    public boolean anyStored() {
        return employers.any();
    }

    /** The employers in scope by KvK number: vacancy imports name their employer by it. */
    @Transactional(readOnly = true)
    public Map<String, EmployerId> byKvk(Access access) {
        return employers.kvkNumbers(access.scope());
    }

    /** Registers many employers, each checked like one entered on the screen (account managers included). */
    @Transactional
    public List<EmployerSummary> importEmployers(Access access, List<EmployerForm> forms) {
        List<EmployerSummary> result = new ArrayList<>(forms.size());
        for (EmployerForm form : forms) {
            EmployerId id = service.create(access, form);
            result.add(new EmployerSummary(id, EmployerForm.clean(form.name()), new MunicipalityCode(EmployerForm.clean(form.municipality())),
                    EmployerRules.normalisePostcode(form.postcode()), java.util.Objects.requireNonNull(form.sbi())));
        }
        return result;
    }

    /** Adds contact persons to employers in one batch, logged with one call. */
    @Transactional
    public void importContacts(Access access, Map<EmployerSummary, List<ContactForm>> contacts) {
        Map<EmployerId, List<ContactForm>> rows = new LinkedHashMap<>();
        contacts.forEach((employer, forms) -> {
            access.requireIn(employer.municipality());
            rows.put(employer.id(), forms);
        });
        contactPersons.insert(rows, service.now());
        log.record(access, ProcessingActivity.EMPLOYER_CRM, ProcessingAction.CREATE, Outcome.SUCCESS,
                contacts.keySet().stream().map(e -> EmployerService.subject(e.id(), e.municipality())).toList());
    }

    /** Adds historical contact moments in one batch (the date rules apply), logged with one call. */
    @Transactional
    public void importMoments(Access access, List<ImportedMoment> moments) {
        LocalDate today = service.today();
        List<CrmRows.NewMoment> rows = new ArrayList<>(moments.size());
        Map<java.util.UUID, LogSubject> subjects = new LinkedHashMap<>();
        for (ImportedMoment m : moments) {
            access.requireIn(m.employer().municipality());
            EmployerRules.checkMoment(m.form(), today);
            if (m.form().contact() != null) {
                EmployerRules.checkMomentContact(contactPersons.lock(m.employer().id(), m.form().contact()).orElse(null), null);
            }
            if (m.form().mediationClient() != null) {
                LogSubject client = links.checked(access, m.employer().municipality(), m.form().mediationClient());
                subjects.putIfAbsent(client.clientId(), client);
            }
            rows.add(new CrmRows.NewMoment(m.employer().id(), m.employer().municipality(), m.form(), m.by(), m.byName(),
                    ManagerKind.of(m.economicAffairs())));
            subjects.putIfAbsent(m.employer().id().value(), EmployerService.subject(m.employer().id(), m.employer().municipality()));
        }
        crm.insertMoments(rows, service.now());
        log.record(access, ProcessingActivity.EMPLOYER_CRM, ProcessingAction.CREATE, Outcome.SUCCESS, List.copyOf(subjects.values()));
    }

    /** Adds agreements of an organisation the caller works for. */
    @Transactional
    public void importAgreements(Access access, OrganisationId organisation, List<AgreementForm> forms) {
        forms.forEach(EmployerRules::checkAgreement);
        if (forms.isEmpty()) {
            throw RuleViolation.of(null, "", "empty", "Geen convenanten om te importeren.");
        }
        crm.insertAgreements(work.organisation(access, organisation.value()), forms, service.now());
    }
}
