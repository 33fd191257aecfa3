package nl.opstap.matching;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.opstap.access.Access;
import nl.opstap.employer.EmployerId;
import nl.opstap.employer.Employers;
import nl.opstap.vacancy.Vacancies;
import nl.opstap.vacancy.Vacancy;
import nl.opstap.vacancy.VacancyId;
import org.springframework.stereotype.Component;

/** How vacancies are named in match lists: the title, and the employer with the workplace's postcode. */
@Component
class VacancyLabels {

    record Label(VacancyId id, String title, String subtitle) {}

    private final Vacancies vacancies;
    private final Employers employers;

    VacancyLabels(Vacancies vacancies, Employers employers) {
        this.vacancies = vacancies;
        this.employers = employers;
    }

    /** The labels of the vacancies that lie in the caller's scope (others are left out). */
    Map<VacancyId, Label> of(Access access, List<VacancyId> ids) {
        List<Vacancy> found = vacancies.findAll(access, ids);
        Access employerAccess = MatchAccess.employers(access);
        Map<EmployerId, String> names = employers.names(employerAccess, found.stream().map(Vacancy::employer).toList());
        return found.stream().collect(Collectors.toMap(Vacancy::id,
                v -> new Label(v.id(), v.title(), names.getOrDefault(v.employer(), "werkgever") + ", " + v.postcodeShown()),
                (a, b) -> a));
    }

    Function<VacancyId, String> titles(Access access, List<VacancyId> ids) {
        Map<VacancyId, Label> all = of(access, ids);
        return id -> all.containsKey(id) ? all.get(id).title() : "vacature";
    }
}
