package nl.opstap.employer;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.opstap.access.Access;
import nl.opstap.audit.LogSubject;
import nl.opstap.audit.Outcome;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.audit.ProcessingActivity;
import nl.opstap.audit.ProcessingLog;
import nl.opstap.organisation.Municipality;
import nl.opstap.shared.domain.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk import of employers (issue 9): each row is checked like the employer screen checks it and matched on its
 * KvK number within the organisation; a known employer is updated where the file differs (its account managers
 * stay), an unknown one registered. Runs inside the caller's transaction.
 */
@Service
public class EmployerImports {

    public record Row(int number, EmployerForm form) {}

    public record Problem(int row, String field, String message) {}

    public enum Change { NEW, CHANGED, UNCHANGED }

    public record Result(int row, @Nullable EmployerId employer, @Nullable Change change, List<Problem> problems) {}

    private final Validator validator;
    private final EmployerService service;
    private final EmployerRows employers;
    private final ProcessingLog log;
    private final Clock clock;

    EmployerImports(Validator validator, EmployerService service, EmployerRows employers, ProcessingLog log, Clock clock) {
        this.validator = validator;
        this.service = service;
        this.employers = employers;
        this.log = log;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public List<Result> plan(Access access, List<Row> rows) {
        return run(access, rows, false);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public List<Result> apply(Access access, List<Row> rows) {
        return run(access, rows, true);
    }

    private List<Result> run(Access access, List<Row> rows, boolean write) {
        List<Result> results = new ArrayList<>(rows.size());
        List<LogSubject> created = new ArrayList<>();
        List<LogSubject> updated = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Row row : rows) {
            List<Problem> problems = new ArrayList<>();
            for (ConstraintViolation<EmployerForm> v : validator.validate(row.form())) {
                problems.add(new Problem(row.number(), v.getPropertyPath().toString(), v.getMessage()));
            }
            Municipality municipality = null;
            if (problems.isEmpty()) {
                try {
                    EmployerRules.checkEmployer(row.form());
                    municipality = service.municipalityIn(access, row.form().municipality());
                } catch (RuleViolation violation) {
                    violation.violations().forEach(v -> problems.add(new Problem(row.number(), v.field(), v.message())));
                }
            }
            if (problems.isEmpty() && !seen.add(row.form().kvk())) {
                problems.add(new Problem(row.number(), "kvkNumber", "Dit KvK-nummer staat vaker in het bestand."));
            }
            if (!problems.isEmpty() || municipality == null) {
                results.add(new Result(row.number(), null, null, problems));
                continue;
            }
            Optional<Employer> existing = employers.findByKvk(access.scope(), municipality.organisationId(), row.form().kvk());
            if (existing.isEmpty()) {
                EmployerId id = EmployerId.random();
                if (write) {
                    employers.insert(id, municipality.organisationId(), row.form(), clock.instant());
                    created.add(EmployerService.subject(id, municipality.code()));
                }
                results.add(new Result(row.number(), id, Change.NEW, List.of()));
                continue;
            }
            Employer current = existing.get();
            EmployerForm merged = keepManagers(row.form(), EmployerForm.of(current));
            if (normalised(merged).equals(normalised(EmployerForm.of(current)))) {
                results.add(new Result(row.number(), current.id(), Change.UNCHANGED, List.of()));
                continue;
            }
            if (write && !employers.update(current.id(), current.version(), municipality.organisationId(), merged, clock.instant())) {
                throw new nl.opstap.shared.domain.StaleVersionException("Deze werkgever", current.version());
            }
            if (write) {
                updated.add(EmployerService.subject(current.id(), municipality.code()));
            }
            results.add(new Result(row.number(), current.id(), Change.CHANGED, List.of()));
        }
        log.record(access, ProcessingActivity.DATA_EXCHANGE, ProcessingAction.CREATE, Outcome.SUCCESS, created);
        log.record(access, ProcessingActivity.DATA_EXCHANGE, ProcessingAction.UPDATE, Outcome.SUCCESS, updated);
        return results;
    }

    private static EmployerForm keepManagers(EmployerForm imported, EmployerForm current) {
        return new EmployerForm(imported.kvkNumber(), imported.name(), imported.sbi(), imported.street(), imported.houseNumber(),
                imported.postcode(), imported.city(), imported.municipality(), imported.employees(),
                imported.interestJobs() == null ? current.interestJobs() : imported.interestJobs(),
                imported.interestCarving() == null ? current.interestCarving() : imported.interestCarving(), current.managerWi(), current.managerEz());
    }

    /** The form as it would be stored: trimmed, postcode without space, booleans false when absent. */
    private static List<Object> normalised(EmployerForm f) {
        return java.util.Arrays.asList(f.kvk(), EmployerForm.clean(f.name()), f.sbi(), EmployerForm.clean(f.street()), EmployerForm.clean(f.houseNumber()),
                EmployerRules.normalisePostcode(f.postcode()), EmployerForm.clean(f.city()), EmployerForm.clean(f.municipality()), f.employees(),
                Boolean.TRUE.equals(f.interestJobs()), Boolean.TRUE.equals(f.interestCarving()), f.managerWi(), f.managerEz());
    }
}
