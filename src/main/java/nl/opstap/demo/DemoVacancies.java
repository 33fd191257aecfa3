package nl.opstap.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.Collections;
import java.util.stream.Collectors;
import nl.opstap.access.Access;
import nl.opstap.access.Channel;
import nl.opstap.access.Permission;
import nl.opstap.access.UserAccounts;
import nl.opstap.client.EducationLevel;
import nl.opstap.client.LoadLevel;
import nl.opstap.employer.EmployerSummary;
import nl.opstap.employer.Employers;
import nl.opstap.employer.SbiSection;
import nl.opstap.organisation.Municipalities;
import nl.opstap.taxonomy.Competence;
import nl.opstap.taxonomy.Competences;
import nl.opstap.taxonomy.Occupation;
import nl.opstap.taxonomy.Occupations;
import nl.opstap.taxonomy.Sector;
import nl.opstap.taxonomy.Sectors;
import nl.opstap.vacancy.ImportedVacancy;
import nl.opstap.vacancy.Vacancies;
import nl.opstap.vacancy.VacancyForm;
import nl.opstap.vacancy.VacancyStatus;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Vacancies of about half the demo employers, at the employer's own postcode, with an ESCO occupation and sector that fit
 * its SBI section: current ones open (a few on hold), older ones filled or closed, published from 2016 up to today.
 */
@Component
@Profile("demo")
@Order(45)
class DemoVacancies implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoVacancies.class);
    /** Per SBI section of the demo employers: the organisation's sector and occupations (ESCO search terms) it hires for. */
    private static final Map<SbiSection, Fit> FITS = Map.of(
            SbiSection.C, new Fit("PRODUCTIE", "productiemedewerker", "inpakker", "machineoperator"),
            SbiSection.N, new Fit("DIENSTVERLENING", "schoonmaker", "beveiliger", "glazenwasser"),
            SbiSection.G, new Fit("DETAILHANDEL", "verkoopmedewerker", "kassamedewerker", "vakkenvuller"),
            SbiSection.I, new Fit("HORECA", "kok", "afwasser", "bediening"),
            SbiSection.Q, new Fit("ZORG", "verzorgende", "helpende", "huishoudelijk"),
            SbiSection.H, new Fit("LOGISTIEK", "magazijnmedewerker", "orderpicker", "chauffeur"),
            SbiSection.F, new Fit("BOUW", "timmerman", "metselaar", "stratenmaker"),
            SbiSection.M, new Fit("TECHNIEK", "monteur", "elektricien", "installateur"),
            SbiSection.A, new Fit("GROEN", "hovenier", "tuinder", "bosbouw"));

    private record Fit(String sector, String... terms) {}

    private final UserAccounts accounts;
    private final Employers employers;
    private final Vacancies vacancies;
    private final Occupations occupations;
    private final Sectors sectors;
    private final Competences competences;
    private final Municipalities municipalities;
    private final Clock clock;

    DemoVacancies(UserAccounts accounts, Employers employers, Vacancies vacancies, Occupations occupations, Sectors sectors,
                  Competences competences, Municipalities municipalities, Clock clock) {
        this.competences = competences;
        this.municipalities = municipalities;
        this.accounts = accounts;
        this.employers = employers;
        this.vacancies = vacancies;
        this.occupations = occupations;
        this.sectors = sectors;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (vacancies.anyStored() || !employers.anyStored()) {
            return;
        }
        long started = System.nanoTime();
        Random random = new Random(4_2018L);
        LocalDate today = LocalDate.now(clock);
        int count = 0;
        for (String manager : List.of("accountmanager.igsd", "accountmanager.tdc")) {
            if (accounts.exists(manager)) {
                Access access = accounts.accessFor(accounts.idOf(manager), Permission.EMPLOYER_WRITE, Channel.BATCH);
                List<ImportedVacancy> list = new ArrayList<>();
                employers.all(access).forEach(e -> list.addAll(of(e, random, today)));
                count += vacancies.importVacancies(access, list).size();
            }
        }
        log.info("{} demo vacancies loaded in {} ms", count, (System.nanoTime() - started) / 1_000_000);
    }

    private List<ImportedVacancy> of(EmployerSummary employer, Random random, LocalDate today) {
        Fit fit = FITS.get(employer.sbi());
        if (fit == null || random.nextInt(10) < 5) {
            return List.of();
        }
        String sector = sectors.forMunicipality(employer.municipality()).stream().filter(Sector::active).map(Sector::code)
                .filter(fit.sector()::equals).findFirst().orElse(null);
        List<ImportedVacancy> result = new ArrayList<>();
        int span = (int) ChronoUnit.DAYS.between(LocalDate.of(2016, 2, 1), today);
        for (int i = 0, n = 1 + random.nextInt(3); i < n && sector != null; i++) {
            Occupation occupation = plainest(fit.terms()[random.nextInt(fit.terms().length)]);
            if (occupation == null) {
                continue;
            }
            boolean current = random.nextInt(10) < 4;
            LocalDate published = current ? today.minusDays(random.nextInt(90)) : LocalDate.of(2016, 2, 1).plusDays(random.nextInt(span - 120));
            VacancyForm form = form(employer, occupation, sector, current ? today : published, random);
            result.add(new ImportedVacancy(withCompetences(form, employer, random), published, status(current, random)));
        }
        return result;
    }

    /** A vacancy starting a few weeks after {@code from} (publication, or today for current ones), closing after its start. */
    private static VacancyForm form(EmployerSummary employer, Occupation occupation, String sector, LocalDate from, Random random) {
        int min = 8 * (1 + random.nextInt(4));
        int max = Math.min(40, min + 8 * random.nextInt(3));
        LocalDate start = from.plusDays(14 + random.nextInt(30));
        LocalDate closing = random.nextInt(4) == 0 ? null : start.plusDays(14 + random.nextInt(45));
        String title = Character.toUpperCase(occupation.preferredLabel().charAt(0)) + occupation.preferredLabel().substring(1);
        return new VacancyForm(employer.id().value(), title, occupation.uri(), sector, employer.postcode(), min, max, start, closing,
                EducationLevel.values()[random.nextInt(EducationLevel.values().length)], null, List.of(), List.of(), List.of(),
                random.nextInt(4) == 0, LoadLevel.values()[random.nextInt(LoadLevel.values().length)], random.nextInt(3) == 0,
                1 + (random.nextInt(5) == 0 ? random.nextInt(4) : 0));
    }

    /** One to three of the organisation's competences required, sometimes one desired. */
    private VacancyForm withCompetences(VacancyForm form, EmployerSummary employer, Random random) {
        List<UUID> own = municipalities.find(employer.municipality()).map(m -> competences.of(m.organisationId())).orElseGet(List::of)
                .stream().filter(Competence::active).map(Competence::id).collect(Collectors.toCollection(ArrayList::new));
        if (own.size() < 4) {
            return form;
        }
        Collections.shuffle(own, random);
        List<UUID> required = List.copyOf(own.subList(0, 1 + random.nextInt(3)));
        List<UUID> desired = random.nextBoolean() ? List.of(own.get(3)) : List.of();
        return new VacancyForm(form.employer(), form.title(), form.occupation(), form.sector(), form.postcode(), form.hoursMin(),
                form.hoursMax(), form.startDate(), form.closingDate(), form.educationLevel(), form.requiredSkills(), form.desiredSkills(),
                required, desired, form.drivingLicence(), form.physicalDemands(), form.afspraakbaan(), form.positions());
    }

    /** The hit with the plainest label (ESCO's first hit for "schoonmaker" is a specialism such as "schoonmaker treinen"). */
    private @Nullable Occupation plainest(String term) {
        return occupations.search(term, 10).stream()
                .min(Comparator.comparing((Occupation o) -> !o.preferredLabel().equalsIgnoreCase(term)).thenComparing(o -> o.preferredLabel().length()))
                .orElse(null);
    }

    private static VacancyStatus status(boolean current, Random random) {
        if (current) {
            return random.nextInt(8) == 0 ? VacancyStatus.ON_HOLD : VacancyStatus.OPEN;
        }
        return random.nextInt(10) < 6 ? VacancyStatus.FILLED : VacancyStatus.CLOSED;
    }
}
