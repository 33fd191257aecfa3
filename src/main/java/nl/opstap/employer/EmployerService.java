package nl.opstap.employer;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.opstap.access.Access;
import nl.opstap.audit.LogSubject;
import nl.opstap.audit.Outcome;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.audit.ProcessingActivity;
import nl.opstap.audit.ProcessingLog;
import nl.opstap.organisation.Municipalities;
import nl.opstap.organisation.Municipality;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.shared.domain.NotFoundException;
import nl.opstap.shared.domain.PageResult;
import nl.opstap.shared.domain.Paging;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.shared.domain.StaleVersionException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Employers. Reading an employer's contact persons and contact moments, and adding them, is logged under
 * EMPLOYER_CRM ({@link #logged}): the processing log knows only client subjects, so the employer's id is logged
 * as the subject (pseudonymised like a client id), with the employer's municipality.
 */
@Service
class EmployerService {

    private final EmployerRows employers;
    private final CrmRows crm;
    private final AccountManagers managers;
    private final Municipalities municipalities;
    private final ProcessingLog log;
    private final Clock clock;

    EmployerService(EmployerRows employers, CrmRows crm, AccountManagers managers, Municipalities municipalities,
                    ProcessingLog log, Clock clock) {
        this.employers = employers;
        this.crm = crm;
        this.managers = managers;
        this.municipalities = municipalities;
        this.log = log;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    PageResult<Employer> search(Access access, EmployerRows.Query query, Paging paging) {
        return employers.search(access.scope(), query, paging);
    }

    @Transactional(readOnly = true)
    Employer employer(Access access, EmployerId id) {
        return employers.find(access.scope(), id).orElseThrow(() -> new NotFoundException("Werkgever"));
    }

    @Transactional
    EmployerId create(Access access, EmployerForm form) {
        Municipality municipality = check(access, form, EmployerId.random());
        EmployerId id = EmployerId.random();
        employers.insert(id, municipality.organisationId(), form, clock.instant());
        return id;
    }

    @Transactional
    void update(Access access, EmployerId id, int expectedVersion, EmployerForm form) {
        Employer current = employer(access, id);
        if (current.version() != expectedVersion) {
            throw new StaleVersionException("Deze werkgever", current.version());
        }
        Municipality municipality = check(access, form, id);
        if (!employers.update(id, expectedVersion, municipality.organisationId(), form, clock.instant())) {
            throw new StaleVersionException("Deze werkgever", employer(access, id).version());
        }
    }

    /** The municipality (in scope), the account managers and the KvK number are checked before anything is stored. */
    private Municipality check(Access access, EmployerForm form, EmployerId self) {
        EmployerRules.checkEmployer(form);
        Municipality municipality = municipalityIn(access, form.municipality());
        managers.check("managerWi", ManagerKind.WI, form.managerWi(), municipality.code());
        managers.check("managerEz", ManagerKind.EZ, form.managerEz(), municipality.code());
        if (employers.kvkTaken(municipality.organisationId(), form.kvk(), self)) {
            throw RuleViolation.conflict(EmployerForm.class, "kvkNumber", "taken", "Er staat al een werkgever met dit KvK-nummer geregistreerd.");
        }
        return municipality;
    }

    Municipality municipalityIn(Access access, @org.jspecify.annotations.Nullable String code) {
        String value = code == null ? "" : code.strip();
        return municipalities.all().stream().filter(m -> m.code().value().equals(value) && access.scope().contains(m.code())).findFirst()
                .orElseThrow(() -> RuleViolation.of(EmployerForm.class, "municipality", "scope",
                        "Kies een gemeente waarvoor u werkgevers beheert."));
    }

    void logged(Access access, Employer employer, ProcessingAction action) {
        log.record(access, ProcessingActivity.EMPLOYER_CRM, action, Outcome.SUCCESS, List.of(subject(employer.id(), employer.municipality())));
    }

    static LogSubject subject(EmployerId id, MunicipalityCode municipality) {
        return new LogSubject(id.value(), municipality);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Instant now() {
        return clock.instant();
    }
}
