package nl.opstap.vacancy;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import nl.opstap.access.Access;
import nl.opstap.employer.EmployerId;
import nl.opstap.employer.Employers;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.taxonomy.Competence;
import nl.opstap.taxonomy.Occupation;
import nl.opstap.taxonomy.Occupations;
import nl.opstap.taxonomy.Sectors;
import nl.opstap.taxonomy.Skill;
import nl.opstap.taxonomy.Skills;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The names the vacancy screens show instead of codes: employers, sectors, occupations, skills and competences. */
@Component
class VacancyViews {

    /** Something to show and, on forms, to choose: its stored value and its name. */
    record Option(String value, String label) {}

    /** A vacancy's codes turned into names for its page. */
    record Detail(String employerName, String occupationLabel, String sectorName, List<Option> requiredSkills, List<Option> desiredSkills,
                  List<Option> requiredCompetences, List<Option> desiredCompetences) {}

    private final Employers employers;
    private final Occupations occupations;
    private final Skills skills;
    private final Sectors sectors;
    private final VacancyChecks checks;

    VacancyViews(Employers employers, Occupations occupations, Skills skills, Sectors sectors, VacancyChecks checks) {
        this.employers = employers;
        this.occupations = occupations;
        this.skills = skills;
        this.sectors = sectors;
        this.checks = checks;
    }

    Map<EmployerId, String> employerNames(Access access, Collection<EmployerId> ids) {
        return employers.names(access, ids);
    }

    /** The sectors of every organisation in the caller's scope (code and name), for the search filter. */
    List<Option> sectors(Access access) {
        Map<String, String> byCode = new LinkedHashMap<>();
        access.scope().municipalities().stream().sorted(java.util.Comparator.comparing(MunicipalityCode::value))
                .flatMap(m -> sectors.forMunicipality(m).stream()).forEach(s -> byCode.putIfAbsent(s.code(), s.name()));
        return byCode.entrySet().stream().map(e -> new Option(e.getKey(), e.getValue())).toList();
    }

    /** The active sectors an employer of this municipality may choose. */
    List<Option> sectorChoices(MunicipalityCode municipality) {
        return checks.sectorsOf(municipality).stream().map(s -> new Option(s.code(), s.name())).toList();
    }

    List<Competence> competenceChoices(MunicipalityCode municipality) {
        return checks.competencesOf(municipality);
    }

    String occupationLabel(@Nullable String uri) {
        return uri == null || uri.isBlank() ? "" : occupations.find(uri.strip()).map(Occupation::preferredLabel).orElse(uri);
    }

    List<Option> skillOptions(List<Skill> list) {
        return list.stream().map(s -> new Option(s.uri(), s.preferredLabel())).toList();
    }

    /** The skills the occupation ESCO lists (essential, optional), plus any already chosen that it does not list. */
    List<Option> skillChoices(List<Skill> listed, Collection<String> chosen) {
        List<String> uris = listed.stream().map(Skill::uri).toList();
        return Stream.concat(skillOptions(listed).stream(), chosen.stream().filter(u -> !uris.contains(u)).map(this::skill)).toList();
    }

    Detail detail(Access access, Vacancy v) {
        Map<UUID, String> competenceNames = new LinkedHashMap<>();
        checks.allCompetencesOf(v.municipality()).forEach(c -> competenceNames.put(c.id(), c.name()));
        String sector = sectors.forMunicipality(v.municipality()).stream().filter(s -> s.code().equals(v.sector()))
                .map(nl.opstap.taxonomy.Sector::name).findFirst().orElse(v.sector());
        return new Detail(employers.names(access, List.of(v.employer())).getOrDefault(v.employer(), ""), occupationLabel(v.occupationUri()),
                sector, v.skills().requiredUris().stream().map(this::skill).toList(), v.skills().desiredUris().stream().map(this::skill).toList(),
                v.skills().requiredCompetences().stream().map(id -> new Option(id.toString(), competenceNames.getOrDefault(id, "?"))).toList(),
                v.skills().desiredCompetences().stream().map(id -> new Option(id.toString(), competenceNames.getOrDefault(id, "?"))).toList());
    }

    private Option skill(String uri) {
        return new Option(uri, skills.find(uri).map(Skill::preferredLabel).orElse(uri));
    }
}
