package nl.opstap.vacancy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.opstap.access.Access;
import nl.opstap.employer.EmployerSummary;
import nl.opstap.shared.domain.NotFoundException;
import nl.opstap.shared.domain.PageResult;
import nl.opstap.shared.domain.Paging;
import nl.opstap.shared.domain.StaleVersionException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Vacancies: register, change, change status, search. Everything is checked before anything is stored. */
@Service
class VacancyService {

    private final VacancyRows rows;
    private final VacancyChecks checks;
    private final Pc4Centroids centroids;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    VacancyService(VacancyRows rows, VacancyChecks checks, Pc4Centroids centroids, Clock clock, ApplicationEventPublisher events) {
        this.rows = rows;
        this.events = events;
        this.checks = checks;
        this.centroids = centroids;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional(readOnly = true)
    Vacancy vacancy(Access access, VacancyId id) {
        return rows.find(access.scope(), id).orElseThrow(() -> new NotFoundException("Vacature niet gevonden"));
    }

    /** A new open vacancy, published today. */
    @Transactional
    VacancyId create(Access access, VacancyForm form) {
        EmployerSummary employer = checks.employer(access, java.util.Objects.requireNonNull(form.employer()));
        Vacancy vacancy = checks.vacancy(VacancyId.random(), employer, form, today(), VacancyStatus.OPEN, 0);
        rows.insert(vacancy, clock.instant());
        events.publishEvent(new VacancyChanged(vacancy.id()));
        return vacancy.id();
    }

    /** Stores vacancies from elsewhere (demo data) with their own publication date and status, in one transaction. */
    @Transactional
    List<VacancyId> importAll(Access access, List<ImportedVacancy> imported) {
        List<Vacancy> vacancies = imported.stream().map(i -> checks.vacancy(VacancyId.random(),
                checks.employer(access, java.util.Objects.requireNonNull(i.form().employer())), i.form(), i.publishedOn(), i.status(), 0)).toList();
        vacancies.forEach(v -> rows.insert(v, clock.instant()));
        vacancies.forEach(v -> events.publishEvent(new VacancyChanged(v.id())));
        return vacancies.stream().map(Vacancy::id).toList();
    }

    /** Changes the details; the employer, publication date and status stay. */
    @Transactional
    void update(Access access, VacancyId id, int expectedVersion, VacancyForm form) {
        Vacancy current = vacancy(access, id);
        current.checkEditable();
        stale(current, expectedVersion);
        EmployerSummary employer = checks.employer(access, current.employer().value());
        Vacancy changed = checks.vacancy(id, employer, form.withEmployer(current.employer().value()), current.publicationDate(),
                current.status(), current.version());
        if (!rows.update(changed, expectedVersion, clock.instant())) {
            throw new StaleVersionException("Deze vacature", vacancy(access, id).version());
        }
        events.publishEvent(new VacancyChanged(id));
    }

    @Transactional
    void changeStatus(Access access, VacancyId id, int expectedVersion, VacancyStatus next) {
        Vacancy current = vacancy(access, id);
        stale(current, expectedVersion);
        VacancyStatus status = current.statusAfter(next);
        Vacancy changed = new Vacancy(current.id(), current.employer(), current.municipality(), current.title(), current.occupationUri(),
                current.sector(), current.postcode(), current.hoursMin(), current.hoursMax(), current.startDate(), current.publicationDate(),
                current.closingDate(), current.educationLevel(), current.drivingLicence(), current.physicalDemands(), current.afspraakbaan(),
                current.positions(), status, current.skills(), current.version());
        if (!rows.update(changed, expectedVersion, clock.instant())) {
            throw new StaleVersionException("Deze vacature", vacancy(access, id).version());
        }
        events.publishEvent(new VacancyChanged(id));
    }

    @Transactional(readOnly = true)
    PageResult<VacancySearch.Hit> search(Access access, VacancySearch search, Paging paging) {
        search.check();
        GeoDistance.Point from = search.postcode() == null ? null
                : centroids.of(checks.knownPostcode("postcode", search.postcode())).orElseThrow();
        return VacancySearch.page(rows.candidates(access.scope(), search.filter()), from, search.distanceKm(), centroids, paging);
    }

    @Transactional(readOnly = true)
    List<Vacancy> open(Access access) {
        return rows.withSkills(rows.candidates(access.scope(), new VacancyRows.Filter(VacancyStatus.OPEN, null, null, null, null, null)));
    }

    List<String> proposal(String occupationUri) {
        return checks.proposal(occupationUri);
    }

    private static void stale(Vacancy current, int expectedVersion) {
        if (current.version() != expectedVersion) {
            throw new StaleVersionException("Deze vacature", current.version());
        }
    }
}
