package nl.opstap.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.opstap.access.Access;
import nl.opstap.access.Channel;
import nl.opstap.access.Permission;
import nl.opstap.access.UserAccounts;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientId;
import nl.opstap.client.ClientRef;
import nl.opstap.employer.EmployerSummary;
import nl.opstap.employer.Employers;
import nl.opstap.employer.SbiSection;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.workshop.AgencyOutcome;
import nl.opstap.workshop.CandidateForm;
import nl.opstap.workshop.CandidateStatus;
import nl.opstap.workshop.OutcomeForm;
import nl.opstap.workshop.SessionCandidateForm;
import nl.opstap.workshop.SessionForm;
import nl.opstap.workshop.SessionId;
import nl.opstap.workshop.StatusChange;
import nl.opstap.workshop.WorkshopForm;
import nl.opstap.workshop.WorkshopId;
import nl.opstap.workshop.Workshops;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Commercial workshops per demo municipality (the TDC's four of seed 004, among them the 2016 techniek pilot, and a few
 * for the IGSD) with partner employers from the demo CRM and demo clients as candidates, and temp-agency sessions over
 * the past two years with outcomes. Everything goes through the workshop module's public API, in date order.
 */
@Component
@Profile("demo")
@Order(50)
class DemoWorkshops implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoWorkshops.class);
    private static final String[] DESCRIPTIONS = {"Productiewerk in ploegendienst", "Orderpicken in het distributiecentrum",
            "Schoonmaak en facilitaire dienst", "Bouwplaats en grondwerk", "Seizoenswerk in de tuinbouw", "Horeca en evenementen"};
    private static final String[] NOTES = {"Goede gesprekken; twee kandidaten door naar een proefplaatsing.", "Bureau zoekt vooral mensen met rijbewijs.",
            "Kandidaten waren goed voorbereid.", "Weinig uitzendbanen op dit moment; volgende sessie over drie maanden."};

    /** The SBI section a partner company of a workshop in the sector has (temp agencies are N, SBI 78). */
    private static final Map<String, SbiSection> SECTIONS = Map.of("TECHNIEK", SbiSection.C, "PRODUCTIE", SbiSection.C,
            "LOGISTIEK", SbiSection.H, "BOUW", SbiSection.F, "HORECA", SbiSection.I, "DETAILHANDEL", SbiSection.G, "GROEN", SbiSection.A,
            "FACILITAIR", SbiSection.Q);

    /** A workshop to create: municipality, name, sector code, seats, start, end. */
    private record Plan(String municipality, String name, String sector, int seats, LocalDate start, LocalDate end) {}

    private final UserAccounts accounts;
    private final ClientDirectory clients;
    private final Employers employers;
    private final Workshops workshops;
    private final Clock clock;

    DemoWorkshops(UserAccounts accounts, ClientDirectory clients, Employers employers, Workshops workshops, Clock clock) {
        this.accounts = accounts;
        this.clients = clients;
        this.employers = employers;
        this.workshops = workshops;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (workshops.anyStored() || !employers.anyStored() || !accounts.exists("accountmanager.igsd") || !accounts.exists("accountmanager.tdc")) {
            return;
        }
        long started = System.nanoTime();
        Random random = new Random(5_2016L);
        LocalDate today = LocalDate.now(clock);
        load("accountmanager.tdc", random, today, List.of(
                new Plan("GM0037", "Commerciële werkplaats Techniek (pilot met Dok-4)", "TECHNIEK", 12, LocalDate.of(2016, 10, 3), null),
                new Plan("GM0037", "Werkplaats Zorg/facilitair", "FACILITAIR", 10, LocalDate.of(2018, 3, 5), null),
                new Plan("GM0047", "Werkplaats Logistiek", "LOGISTIEK", 12, LocalDate.of(2017, 9, 4), null),
                new Plan("GM0047", "Werkplaats Bouw", "BOUW", 8, LocalDate.of(2018, 1, 15), LocalDate.of(2022, 12, 23))));
        load("accountmanager.igsd", random, today, List.of(
                new Plan("GM1708", "Werkplaats Productie", "PRODUCTIE", 10, LocalDate.of(2019, 4, 1), null),
                new Plan("GM1708", "Werkplaats Horeca", "HORECA", 6, LocalDate.of(2021, 9, 6), LocalDate.of(2023, 6, 30)),
                new Plan("GM1708", "Werkplaats Detailhandel", "DETAILHANDEL", 8, today.plusMonths(2).withDayOfMonth(1), null),
                new Plan("GM1701", "Werkplaats Groen", "GROEN", 6, LocalDate.of(2020, 3, 2), null)));
        log.info("Demo workshops and agency sessions loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private void load(String manager, Random random, LocalDate today, List<Plan> plans) {
        Access access = accounts.accessFor(accounts.idOf(manager), Permission.EMPLOYER_WRITE, Channel.BATCH);
        Map<MunicipalityCode, List<ClientRef>> clientsOf = new LinkedHashMap<>();
        for (ClientRef ref : clients.refs(accounts.accessFor(accounts.idOf(manager), Permission.CLIENT_READ, Channel.BATCH), null)) {
            clientsOf.computeIfAbsent(ref.municipality(), k -> new ArrayList<>()).add(ref);
        }
        List<EmployerSummary> crm = employers.all(access);
        for (Plan plan : plans) {
            MunicipalityCode code = new MunicipalityCode(plan.municipality());
            List<EmployerSummary> local = crm.stream().filter(e -> e.municipality().equals(code))
                    .filter(e -> e.sbi() == SECTIONS.getOrDefault(plan.sector(), e.sbi())).toList();
            List<ClientRef> pool = new ArrayList<>(clientsOf.getOrDefault(code, List.of()).stream()
                    .filter(c -> workingAge(c, plan.start()) && workingAge(c, today)).toList());
            if (local.isEmpty() || pool.isEmpty()) {
                continue;
            }
            Collections.shuffle(pool, random);
            WorkshopId id = workshops.create(access, new WorkshopForm(plan.municipality(), plan.name(), plan.sector(),
                    local.get(random.nextInt(local.size())).id().value(), plan.seats(), plan.start(), plan.end()));
            candidates(access, id, plan, pool, random, today);
        }
        for (MunicipalityCode code : clientsOf.keySet()) {
            List<EmployerSummary> agencies = crm.stream().filter(e -> e.municipality().equals(code) && e.sbi() == SbiSection.N).limit(3).toList();
            if (!agencies.isEmpty()) {
                sessions(access, code, agencies, clientsOf.get(code), random, today);
            }
        }
    }

    /** Candidates proposed around the start; placements, stops and moves on applied in date order, so the seats hold throughout. */
    private void candidates(Access access, WorkshopId id, Plan plan, List<ClientRef> pool, Random random, LocalDate today) {
        record Proposed(ClientId client, int category, LocalDate decided) {}
        record Event(LocalDate date, ClientId client, CandidateStatus status) {}
        boolean planned = plan.start().isAfter(today);
        LocalDate last = plan.end() != null && plan.end().isBefore(today) ? plan.end() : today;
        long span = Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(plan.start(), last));
        List<Proposed> proposed = new ArrayList<>();
        for (int i = 0, count = planned ? 3 : plan.seats() + 2 + random.nextInt(8); i < count && i < pool.size(); i++) {
            boolean recent = plan.end() == null && random.nextBoolean();
            LocalDate added = planned ? today : recent ? max(today.minusDays(random.nextInt(270)), plan.start())
                    : min(plan.start().minusDays(21).plusDays(random.nextLong(span)), today);
            int category = 1 + random.nextInt(3);
            workshops.addCandidate(access, id, new CandidateForm(pool.get(i).id().value(), category, added));
            proposed.add(new Proposed(pool.get(i).id(), category, added.plusDays(7 + random.nextInt(21))));
        }
        proposed.sort(Comparator.comparing(Proposed::decided));
        List<Event> events = new ArrayList<>();
        List<LocalDate[]> seats = new ArrayList<>();
        for (Proposed p : proposed) {
            LocalDate placedOn = p.decided().isBefore(plan.start()) ? plan.start() : p.decided();
            if (planned || p.decided().isAfter(last)) {
                continue;
            }
            long taken = seats.stream().filter(s -> !s[0].isAfter(placedOn) && (s[1] == null || s[1].isAfter(placedOn))).count();
            if (random.nextInt(6) == 0 || taken >= plan.seats() || placedOn.isAfter(last)) {
                events.add(new Event(p.decided(), p.client(), CandidateStatus.NIET_GESELECTEERD));
                continue;
            }
            events.add(new Event(placedOn, p.client(), CandidateStatus.GEPLAATST));
            boolean stops = random.nextInt(5) == 0;
            LocalDate exit = placedOn.plusDays(stops ? 10 + random.nextInt(80) : 60L * p.category() + random.nextInt(120));
            seats.add(new LocalDate[] {placedOn, exit.isAfter(today) ? null : exit});
            if (!exit.isAfter(today)) {
                events.add(new Event(exit, p.client(), stops ? CandidateStatus.GESTOPT : CandidateStatus.DOORGESTROOMD));
            }
        }
        events.sort(Comparator.comparing(Event::date).thenComparing(e -> e.status() == CandidateStatus.GEPLAATST));
        events.forEach(e -> workshops.changeStatus(access, id, e.client(), new StatusChange(e.status(), e.date())));
    }

    /** About every seven weeks over the past two years a session with two to five proposed clients, and one planned. */
    private void sessions(Access access, MunicipalityCode code, List<EmployerSummary> agencies, List<ClientRef> pool, Random random, LocalDate today) {
        for (LocalDate date = today.minusYears(2).plusDays(random.nextInt(30)); !date.isAfter(today.plusDays(30));
             date = date.plusDays(35 + random.nextInt(28))) {
            SessionId id = workshops.createSession(access, new SessionForm(code.value(), date, agencies.get(random.nextInt(agencies.size())).id().value(),
                    DESCRIPTIONS[random.nextInt(DESCRIPTIONS.length)]));
            List<OutcomeForm.CandidateOutcome> outcomes = new ArrayList<>();
            for (int i = 0, n = 2 + random.nextInt(4); i < n; i++) {
                ClientRef client = pool.get(random.nextInt(pool.size()));
                if (!workingAge(client, date) || outcomes.stream().anyMatch(o -> client.id().value().equals(o.client()))) {
                    continue;
                }
                workshops.propose(access, id, new SessionCandidateForm(client.id().value()));
                int roll = random.nextInt(10);
                outcomes.add(new OutcomeForm.CandidateOutcome(client.id().value(), roll < 3 ? AgencyOutcome.UITGENODIGD
                        : roll < 5 ? AgencyOutcome.AANGENOMEN : roll < 8 ? AgencyOutcome.AFGEWEZEN : AgencyOutcome.NIET_VERSCHENEN));
            }
            if (!date.isAfter(today)) {
                workshops.recordOutcome(access, id, new OutcomeForm(NOTES[random.nextInt(NOTES.length)], outcomes));
            }
        }
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** Of working age (18 to 64) on the day: the Participatiewet ends at the state pension age. */
    private static boolean workingAge(ClientRef client, LocalDate on) {
        return !client.dateOfBirth().plusYears(18).isAfter(on) && client.dateOfBirth().plusYears(65).isAfter(on);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
