package nl.opstap.vacancy;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.opstap.access.Access;
import nl.opstap.employer.EmployerSummary;
import nl.opstap.shared.domain.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk import of vacancies (issue 9): each row is checked like the vacancy screen checks it and matched on the
 * employer and the vacancy's number in the source system. A known vacancy is changed where the file differs (its
 * skills, publication date and status stay); an unknown one is registered as open. Runs in the caller's transaction.
 */
@Service
public class VacancyImports {

    public record Row(int number, VacancyForm form, String reference) {}

    public record Problem(int row, String field, String message) {}

    public enum Change { NEW, CHANGED, UNCHANGED }

    public record Result(int row, @Nullable VacancyId vacancy, @Nullable Change change, List<Problem> problems) {}

    private final Validator validator;
    private final VacancyService service;
    private final VacancyChecks checks;
    private final VacancyReferences references;

    VacancyImports(Validator validator, VacancyService service, VacancyChecks checks, VacancyReferences references) {
        this.validator = validator;
        this.service = service;
        this.checks = checks;
        this.references = references;
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
        Set<String> seen = new HashSet<>();
        for (Row row : rows) {
            List<Problem> problems = new ArrayList<>();
            for (ConstraintViolation<VacancyForm> v : validator.validate(row.form())) {
                problems.add(new Problem(row.number(), v.getPropertyPath().toString(), v.getMessage()));
            }
            Optional<VacancyId> existing = Optional.empty();
            Vacancy current = null;
            if (problems.isEmpty()) {
                try {
                    EmployerSummary employer = checks.employer(access, Objects.requireNonNull(row.form().employer()));
                    existing = references.find(employer.id().value(), row.reference());
                    current = existing.map(id -> service.vacancy(access, id)).orElse(null);
                    VacancyForm form = current == null ? row.form() : keepSkills(row.form(), current);
                    checks.vacancy(VacancyId.random(), employer, form, current == null ? service.today() : current.publicationDate(),
                            VacancyStatus.OPEN, 0);
                    if (current != null && !same(VacancyForm.of(current), form)) {
                        current.checkEditable();
                    }
                } catch (RuleViolation violation) {
                    violation.violations().forEach(v -> problems.add(new Problem(row.number(), v.field(), v.message())));
                }
            }
            if (problems.isEmpty() && !seen.add(row.form().employer() + "/" + row.reference())) {
                problems.add(new Problem(row.number(), "reference", "Dit vacaturenummer staat voor deze werkgever vaker in het bestand."));
            }
            if (!problems.isEmpty()) {
                results.add(new Result(row.number(), null, null, problems));
            } else if (current == null) {
                VacancyId id = write ? service.create(access, row.form()) : VacancyId.random();
                if (write) {
                    references.set(id, row.reference());
                }
                results.add(new Result(row.number(), id, Change.NEW, List.of()));
            } else if (same(VacancyForm.of(current), keepSkills(row.form(), current))) {
                results.add(new Result(row.number(), current.id(), Change.UNCHANGED, List.of()));
            } else {
                if (write) {
                    service.update(access, current.id(), current.version(), keepSkills(row.form(), current));
                }
                results.add(new Result(row.number(), current.id(), Change.CHANGED, List.of()));
            }
        }
        return results;
    }

    private static VacancyForm keepSkills(VacancyForm imported, Vacancy current) {
        VacancyForm kept = VacancyForm.of(current);
        return new VacancyForm(imported.employer(), imported.title(), imported.occupation(), imported.sector(), imported.postcode(),
                imported.hoursMin(), imported.hoursMax(), imported.startDate(), imported.closingDate(), imported.educationLevel(),
                kept.requiredSkills(), kept.desiredSkills(), kept.requiredCompetences(), kept.desiredCompetences(),
                imported.drivingLicence() == null ? kept.drivingLicence() : imported.drivingLicence(), kept.physicalDemands(),
                imported.afspraakbaan() == null ? kept.afspraakbaan() : imported.afspraakbaan(), imported.positions());
    }

    /** The fields an import can change, compared as they are stored. */
    private static boolean same(VacancyForm a, VacancyForm b) {
        return VacancyForm.clean(a.title()).equals(VacancyForm.clean(b.title())) && Objects.equals(a.occupation(), b.occupation())
                && Objects.equals(a.sector(), b.sector()) && VacancyForm.clean(a.postcode()).replace(" ", "").equalsIgnoreCase(VacancyForm.clean(b.postcode()).replace(" ", ""))
                && Objects.equals(a.hoursMin(), b.hoursMin()) && Objects.equals(a.hoursMax(), b.hoursMax())
                && Objects.equals(a.startDate(), b.startDate()) && Objects.equals(a.closingDate(), b.closingDate())
                && a.educationLevel() == b.educationLevel() && Boolean.TRUE.equals(a.drivingLicence()) == Boolean.TRUE.equals(b.drivingLicence())
                && Boolean.TRUE.equals(a.afspraakbaan()) == Boolean.TRUE.equals(b.afspraakbaan()) && Objects.equals(a.positions(), b.positions());
    }
}
