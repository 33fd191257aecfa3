package nl.opstap.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import net.datafaker.Faker;
import nl.opstap.access.Access;
import nl.opstap.access.Channel;
import nl.opstap.access.Permission;
import nl.opstap.access.UserAccounts;
import nl.opstap.access.UserId;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientRef;
import nl.opstap.employer.ContactChannel;
import nl.opstap.employer.ContactForm;
import nl.opstap.employer.ContactMomentForm;
import nl.opstap.employer.EmployerForm;
import nl.opstap.employer.EmployerSummary;
import nl.opstap.employer.Employers;
import nl.opstap.employer.ImportedMoment;
import nl.opstap.employer.AgreementForm;
import nl.opstap.employer.PartnerKind;
import nl.opstap.organisation.Municipalities;
import nl.opstap.organisation.MunicipalityCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * About 60 synthetic employers per demo municipality (real postcodes, the seed sectors), with contacts and contact
 * moments from 2016 up to today by the demo account managers, some next actions due or overdue, a few mediations.
 */
@Component
@Profile("demo")
@Order(40)
class DemoEmployers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoEmployers.class);
    static final int PER_MUNICIPALITY = 60;
    private static final String[] SECTORS = {"C", "N", "G", "I", "Q", "H", "F", "M", "A"};
    private static final String[] SUBJECTS = {"Kennismaking", "Vacature besproken", "Werkervaringsplaats", "Afspraakbaan",
            "Jobcarving verkend", "Evaluatie plaatsing", "Loonkostensubsidie", "Bedrijfsbezoek", "Netwerkbijeenkomst"};
    private static final String[] OUTCOMES = {"Werkgever staat open voor een kandidaat.", "Geen vacatures op dit moment.",
            "Functie-analyse afgesproken voor jobcarving.", "Kandidaat voorgesteld; gesprek gepland.", "Plaatsing loopt goed."};
    private static final String[] ACTIONS = {"Kandidaat voorstellen", "Terugbellen over vacature", "Bedrijfsbezoek plannen",
            "Offerte loonkostensubsidie sturen", "Evaluatiegesprek plannen"};
    private static final String[] ROLES = {"Directeur", "HR-adviseur", "Bedrijfsleider", "Teamleider", "Eigenaar"};

    private final UserAccounts accounts;
    private final ClientDirectory clients;
    private final Employers employers;
    private final JsonMapper json;
    private final Municipalities municipalities;
    private final Clock clock;

    DemoEmployers(UserAccounts accounts, ClientDirectory clients, Employers employers, JsonMapper json, Municipalities municipalities,
                  Clock clock) {
        this.accounts = accounts;
        this.clients = clients;
        this.employers = employers;
        this.json = json;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (employers.anyStored() || !accounts.exists("accountmanager.igsd") || !accounts.exists("accountmanager.tdc")) {
            return;
        }
        long started = System.nanoTime();
        Random random = new Random(4_2016L);
        Faker faker = new Faker(Locale.of("nl"), new Random(4_2017L));
        DemoPostcodes postcodes = new DemoPostcodes(json);
        LocalDate today = LocalDate.now(clock);
        Set<String> kvks = new java.util.HashSet<>();
        UserId wi = accounts.idOf("accountmanager.igsd");
        UserId ez = accounts.idOf("accountmanager.ez.igsd");
        UserId tdc = accounts.idOf("accountmanager.tdc");
        load(DemoMunicipality.IGSD, wi, ez, random, faker, postcodes, today, kvks);
        load(DemoMunicipality.TDC, tdc, null, random, faker, postcodes, today, kvks);
        agreements(wi, DemoMunicipality.IGSD, List.of(
                new AgreementForm("UWV Regio Zwolle", PartnerKind.UWV, "Werkgeversservicepunt en banenafspraak", LocalDate.of(2016, 1, 1), null),
                new AgreementForm("ROC Menso", PartnerKind.ROC, "Praktijkleren en entreeopleidingen", LocalDate.of(2018, 8, 1), LocalDate.of(2022, 7, 31)),
                new AgreementForm("ROC Menso", PartnerKind.ROC, "Praktijkleren en entreeopleidingen", LocalDate.of(2022, 8, 1), null),
                new AgreementForm("NoordWestGroep", PartnerKind.SW_BEDRIJF, "Beschut werk en detachering", LocalDate.of(2017, 1, 1), null)));
        agreements(tdc, DemoMunicipality.TDC, List.of(
                new AgreementForm("UWV Groningen", PartnerKind.UWV, "Werkgeversservicepunt Oost-Groningen", LocalDate.of(2016, 1, 1), null),
                new AgreementForm("Alfa-college", PartnerKind.ROC, "Leerwerktrajecten logistiek en zorg", LocalDate.of(2019, 9, 1), null),
                new AgreementForm("Noorderpoort", PartnerKind.ROC, "Entreeopleiding en BBL-plaatsen", LocalDate.of(2017, 9, 1), LocalDate.of(2023, 8, 31)),
                new AgreementForm("Wedeka", PartnerKind.SW_BEDRIJF, "Beschut werk, detachering en jobcarving", LocalDate.of(2016, 1, 1), null)));
        log.info("Demo employers loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private void load(List<DemoMunicipality> organisation, UserId wi, UserId ez, Random random, Faker faker, DemoPostcodes postcodes,
                      LocalDate today, Set<String> kvks) {
        Access access = accounts.accessFor(wi, Permission.EMPLOYER_WRITE, Channel.BATCH);
        List<EmployerForm> forms = new ArrayList<>();
        for (DemoMunicipality m : organisation) {
            List<String> pc4s = postcodes.of(m.geoKey());
            for (int i = 0; i < PER_MUNICIPALITY; i++) {
                String pc4 = pc4s.get(random.nextInt(pc4s.size()));
                int employees = random.nextInt(10) < 3 ? 25 + random.nextInt(300) : 1 + random.nextInt(24);
                forms.add(new EmployerForm(kvk(random, kvks), faker.company().name(), nl.opstap.employer.SbiSection.valueOf(SECTORS[i % SECTORS.length]),
                        faker.address().streetName(), String.valueOf(1 + random.nextInt(180)), pc4 + letters(random), m.townOf(pc4), m.code(),
                        employees, random.nextInt(3) > 0, random.nextInt(4) == 0, wi.value(), ez != null && random.nextBoolean() ? ez.value() : null));
            }
        }
        List<EmployerSummary> stored = employers.importEmployers(access, forms);
        Map<EmployerSummary, List<ContactForm>> contacts = new LinkedHashMap<>();
        for (EmployerSummary e : stored) {
            List<ContactForm> list = new ArrayList<>();
            for (int c = 0; c < 1 + random.nextInt(3); c++) {
                String first = faker.name().firstName();
                String last = faker.name().lastName();
                list.add(new ContactForm(first + " " + last, ROLES[random.nextInt(ROLES.length)], "0" + (521 + random.nextInt(80)) + " "
                        + (100000 + random.nextInt(899999)), (first + "." + last).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "") + "@voorbeeld.nl"));
            }
            contacts.put(e, list);
        }
        employers.importContacts(access, contacts);
        employers.importMoments(access, moments(access, stored, wi, ez, random, today));
    }

    private List<ImportedMoment> moments(Access access, List<EmployerSummary> stored, UserId wi, UserId ez, Random random, LocalDate today) {
        Map<MunicipalityCode, List<ClientRef>> clientsOf = new LinkedHashMap<>();
        Access clientAccess = accounts.accessFor(wi, Permission.CLIENT_READ, Channel.BATCH);
        for (ClientRef ref : clients.refs(clientAccess, null)) {
            clientsOf.computeIfAbsent(ref.municipality(), k -> new ArrayList<>()).add(ref);
        }
        LocalDate first = LocalDate.of(2016, 1, 4);
        int span = (int) ChronoUnit.DAYS.between(first, today);
        List<ImportedMoment> result = new ArrayList<>();
        String ezName = ez == null ? "" : accounts.accessFor(ez, Permission.EMPLOYER_READ, Channel.BATCH).user().displayName();
        for (EmployerSummary e : stored) {
            int count = random.nextInt(10) == 0 ? 0 : 2 + random.nextInt(9);
            List<LocalDate> dates = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                dates.add(first.plusDays(random.nextInt(span + 1)));
            }
            dates.sort(null);
            for (int i = 0; i < dates.size(); i++) {
                boolean last = i == dates.size() - 1;
                LocalDate recent = today.minusDays(random.nextInt(80));
                LocalDate date = last && random.nextInt(5) < 2 && recent.isAfter(dates.get(i)) ? recent : dates.get(i);
                boolean byEz = ez != null && random.nextInt(3) == 0;
                String action = null;
                LocalDate due = null;
                if (last && date.isAfter(today.minusDays(120)) && random.nextInt(4) > 0) {
                    action = ACTIONS[random.nextInt(ACTIONS.length)];
                    due = date.plusDays(7 + random.nextInt(60));
                }
                boolean mediation = random.nextInt(12) == 0;
                List<ClientRef> candidates = clientsOf.getOrDefault(e.municipality(), List.of());
                UUID client = mediation && !candidates.isEmpty() && random.nextBoolean()
                        ? candidates.get(random.nextInt(candidates.size())).id().value() : null;
                ContactMomentForm form = new ContactMomentForm(date, ContactChannel.values()[random.nextInt(ContactChannel.values().length)],
                        SUBJECTS[random.nextInt(SUBJECTS.length)], OUTCOMES[random.nextInt(OUTCOMES.length)], action, due, mediation, client);
                UserId by = byEz ? ez : wi;
                result.add(new ImportedMoment(e, form, by, byEz ? ezName : access.user().displayName(), byEz));
            }
        }
        return result;
    }

    private void agreements(UserId manager, List<DemoMunicipality> organisation, List<AgreementForm> forms) {
        Access access = accounts.accessFor(manager, Permission.EMPLOYER_WRITE, Channel.BATCH);
        employers.importAgreements(access, municipalities.find(new MunicipalityCode(organisation.getFirst().code())).orElseThrow().organisationId(), forms);
    }

    private static String kvk(Random random, Set<String> taken) {
        String value;
        do {
            value = String.valueOf(10_000_000 + random.nextInt(89_999_999));
        } while (!taken.add(value));
        return value;
    }

    private static String letters(Random random) {
        String value;
        do {
            value = "" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
        } while (value.equals("SA") || value.equals("SD") || value.equals("SS"));
        return value;
    }
}
