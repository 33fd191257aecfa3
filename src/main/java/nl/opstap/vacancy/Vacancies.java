package nl.opstap.vacancy;

import java.util.List;
import java.util.Optional;
import nl.opstap.access.Access;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The vacancy module's public API, for matching and the demo data. Every call takes the caller's scope. */
@Service
public class Vacancies {

    private final VacancyService service;
    private final VacancyRows rows;

    Vacancies(VacancyService service, VacancyRows rows) {
        this.service = service;
        this.rows = rows;
    }

    /** The vacancy with its skills, if it lies in the caller's scope. */
    @Transactional(readOnly = true)
    public Optional<Vacancy> find(Access access, VacancyId id) {
        return rows.find(access.scope(), id);
    }

    /** The vacancies among the ids that lie in the caller's scope, without skills (for lists). */
    @Transactional(readOnly = true)
    public List<Vacancy> findAll(Access access, java.util.Collection<VacancyId> ids) {
        return rows.findAll(access.scope(), ids);
    }

    /** Every vacancy of the employer in the caller's scope, whatever its status, newest first, without skills. */
    @Transactional(readOnly = true)
    public List<Vacancy> ofEmployer(Access access, nl.opstap.employer.EmployerId employer) {
        return rows.candidates(access.scope(), new VacancyRows.Filter(null, null, employer, null, null, null));
    }

    /** Every open vacancy in the caller's scope, with its skills, newest first. */
    @Transactional(readOnly = true)
    public List<Vacancy> open(Access access) {
        return service.open(access);
    }

    /**
     * The matching index's feed: every open vacancy of all municipalities, with skills. Read by the system;
     * the matching module logs who sees what.
     */
    @Transactional(readOnly = true)
    public List<Vacancy> allForMatching() {
        return rows.withSkills(rows.matchable(null));
    }

    /** One vacancy for the matching index, whatever its status (the index drops filled and closed ones). */
    @Transactional(readOnly = true)
    public Optional<Vacancy> forMatching(VacancyId id) {
        return rows.matchable(id).stream().findFirst().map(v -> rows.withSkills(List.of(v)).getFirst());
    }

    /** Every vacancy in the caller's scope, whatever its status, with its skills, in the API's shape (migration export). */
    @Transactional(readOnly = true)
    public List<?> forTransfer(Access access) {
        return rows.withSkills(rows.candidates(access.scope(), new VacancyRows.Filter(null, null, null, null, null, null))).stream()
                .map(v -> VacancyResources.VacancyResource.of(v, null)).toList();
    }

    @Transactional(readOnly = true)
    public boolean anyStored() {
        return rows.any();
    }

    /** Stores many vacancies, each checked like one entered in the API, with its own publication date and status. */
    @Transactional
    public List<VacancyId> importVacancies(Access access, List<ImportedVacancy> vacancies) {
        return service.importAll(access, vacancies);
    }

    /** The URIs of the occupation's essential ESCO skills (the proposal for a vacancy's required skills). */
    public List<String> proposedSkills(String occupationUri) {
        return service.proposal(occupationUri);
    }
}
