package nl.opstap.vacancy;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.opstap.access.Access;
import nl.opstap.employer.EmployerId;
import nl.opstap.employer.EmployerSummary;
import nl.opstap.employer.Employers;
import nl.opstap.organisation.Municipalities;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.shared.domain.RuleViolation;
import nl.opstap.shared.domain.Violations;
import nl.opstap.taxonomy.Competence;
import nl.opstap.taxonomy.Competences;
import nl.opstap.taxonomy.Occupation;
import nl.opstap.taxonomy.Occupations;
import nl.opstap.taxonomy.Sector;
import nl.opstap.taxonomy.Sectors;
import nl.opstap.taxonomy.Skills;
import org.springframework.stereotype.Component;

/** Turns a form into a vacancy after checking it against the employer, ESCO, the sectors, competences and postcodes. */
@Component
class VacancyChecks {

    private final Employers employers;
    private final Occupations occupations;
    private final Skills skills;
    private final Sectors sectors;
    private final Competences competences;
    private final Municipalities municipalities;
    private final Pc4Centroids centroids;

    VacancyChecks(Employers employers, Occupations occupations, Skills skills, Sectors sectors, Competences competences,
                  Municipalities municipalities, Pc4Centroids centroids) {
        this.employers = employers;
        this.occupations = occupations;
        this.skills = skills;
        this.sectors = sectors;
        this.competences = competences;
        this.municipalities = municipalities;
        this.centroids = centroids;
    }

    EmployerSummary employer(Access access, UUID id) {
        return employers.find(access, new EmployerId(id)).orElseThrow(() ->
                RuleViolation.of(VacancyForm.class, "employer", "unknown", "Onbekende werkgever of geen werkgever van uw gemeente."));
    }

    /** The occupation by ESCO concept URI or path key (UUID or ESCO code). */
    Occupation occupation(String uriOrKey) {
        String value = uriOrKey.strip();
        return occupations.find(value).or(() -> occupations.findByKey(value)).orElseThrow(() ->
                RuleViolation.of(VacancyForm.class, "occupation", "unknown", "Onbekende ESCO-code: kies een beroep uit de ESCO-lijst."));
    }

    /** The URIs of the occupation's essential skills: the proposal for a new vacancy. */
    List<String> proposal(String occupationUri) {
        return skills.essentialSkillsOf(occupationUri).stream().map(nl.opstap.taxonomy.Skill::uri).toList();
    }

    List<Sector> sectorsOf(MunicipalityCode municipality) {
        return sectors.forMunicipality(municipality).stream().filter(Sector::active).toList();
    }

    List<Competence> competencesOf(MunicipalityCode municipality) {
        return allCompetencesOf(municipality).stream().filter(Competence::active).toList();
    }

    /** Also the deactivated ones, whose names older vacancies still show. */
    List<Competence> allCompetencesOf(MunicipalityCode municipality) {
        return municipalities.find(municipality).map(m -> competences.of(m.organisationId())).orElseGet(List::of);
    }

    String knownPostcode(String field, String postcode) {
        String normalised = VacancyRules.normalisePostcode(postcode);
        if (!VacancyRules.validPostcode(normalised) || centroids.of(normalised).isEmpty()) {
            throw RuleViolation.of(VacancyForm.class, field, "unknown", "Onbekende postcode: geef een bestaande Nederlandse postcode (1234 AB).");
        }
        return normalised;
    }

    /** The vacancy the form describes, for this employer, published on the given date; every violation is reported together. */
    Vacancy vacancy(VacancyId id, EmployerSummary employer, VacancyForm f, LocalDate published, VacancyStatus status, int version) {
        Violations problems = new Violations(VacancyForm.class);
        problems.check(() -> VacancyRules.checkHours(f.hoursMin(), f.hoursMax()));
        problems.check(() -> VacancyRules.checkClosingDate(f.closingDate(), f.startDate(), published));
        Occupation occupation = problems.value(() -> occupation(VacancyForm.clean(f.occupation())));
        String sector = VacancyForm.clean(f.sector());
        problems.check(() -> {
            if (sectorsOf(employer.municipality()).stream().noneMatch(s -> s.code().equals(sector))) {
                throw RuleViolation.of(VacancyForm.class, "sector", "unknown", "Onbekende sector: kies een actieve sector van uw organisatie.");
            }
        });
        String postcode = problems.value(() -> knownPostcode("postcode", VacancyForm.clean(f.postcode())));
        List<String> required = f.requiredSkills() == null ? (occupation == null ? List.of() : proposal(occupation.uri()))
                : problems.value(() -> skillUris("requiredSkills", f.requiredSkills()));
        List<String> desired = problems.value(() -> skillUris("desiredSkills", f.desiredSkills()));
        Set<UUID> own = competencesOf(employer.municipality()).stream().map(Competence::id).collect(Collectors.toSet());
        List<UUID> requiredCompetences = problems.value(() -> competenceIds("requiredCompetences", f.requiredCompetences(), own));
        List<UUID> desiredCompetences = problems.value(() -> competenceIds("desiredCompetences", f.desiredCompetences(), own));
        problems.throwIfAny();
        return new Vacancy(id, employer.id(), employer.municipality(), VacancyForm.clean(f.title()), Objects.requireNonNull(occupation).uri(),
                sector, Objects.requireNonNull(postcode), Objects.requireNonNull(f.hoursMin()), Objects.requireNonNull(f.hoursMax()),
                f.startDate(), published, f.closingDate(), f.educationLevel(), Boolean.TRUE.equals(f.drivingLicence()), f.physicalDemands(),
                Boolean.TRUE.equals(f.afspraakbaan()), Objects.requireNonNull(f.positions()), status,
                skills(Objects.requireNonNull(required), Objects.requireNonNull(desired), Objects.requireNonNull(requiredCompetences),
                        Objects.requireNonNull(desiredCompetences)), version);
    }

    /** Desired items that are also required count as required only. */
    private static VacancySkills skills(List<String> required, List<String> desired, List<UUID> requiredCompetences,
                                        List<UUID> desiredCompetences) {
        return new VacancySkills(required, desired.stream().filter(u -> !required.contains(u)).toList(), requiredCompetences,
                desiredCompetences.stream().filter(c -> !requiredCompetences.contains(c)).toList());
    }

    private List<String> skillUris(String field, @org.jspecify.annotations.Nullable List<String> uris) {
        List<String> result = VacancyForm.list(uris).stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        for (String uri : result) {
            if (skills.find(uri).isEmpty()) {
                throw RuleViolation.of(VacancyForm.class, field, "unknown", "Onbekende ESCO-vaardigheid: " + shorten(uri) + ".");
            }
        }
        return result;
    }

    private static List<UUID> competenceIds(String field, @org.jspecify.annotations.Nullable List<UUID> ids, Set<UUID> own) {
        List<UUID> result = VacancyForm.list(ids);
        if (!own.containsAll(result)) {
            throw RuleViolation.of(VacancyForm.class, field, "unknown", "Onbekende competentie: kies een actieve competentie van uw organisatie.");
        }
        return result;
    }

    private static String shorten(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }
}
