package nl.opstap.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.Channel;
import nl.opstap.access.Permission;
import nl.opstap.access.UserAccounts;
import nl.opstap.access.UserId;
import nl.opstap.client.BenefitSpan;
import nl.opstap.client.BenefitSpans;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientId;
import nl.opstap.client.ClientRef;
import nl.opstap.diagnosis.Diagnoses;
import nl.opstap.diagnosis.DiagnosisSnapshot;
import nl.opstap.employer.Employers;
import nl.opstap.placement.PlacementImports;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Placements, follow-up, outflows and re-entries of the demo clients from 2016 up to today, so the monitoring reports
 * have a history: per municipality through {@link PlacementImports}, as that municipality's demo caseworker, with the
 * organisation's demo jobcoach. Runs after the clients, their diagnoses and the employers are in, into an empty module.
 */
@Component
@Profile("demo")
@Order(60)
class DemoPlacements implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPlacements.class);
    private static final long SEED = 6_2016L;
    /** The share of clients that start a placement in a year. */
    private static final double SHARE = 0.11;

    private final UserAccounts accounts;
    private final ClientDirectory clients;
    private final BenefitSpans benefits;
    private final Diagnoses diagnoses;
    private final Employers employers;
    private final PlacementImports imports;
    private final Clock clock;

    DemoPlacements(UserAccounts accounts, ClientDirectory clients, BenefitSpans benefits, Diagnoses diagnoses, Employers employers,
                   PlacementImports imports, Clock clock) {
        this.accounts = accounts;
        this.clients = clients;
        this.benefits = benefits;
        this.diagnoses = diagnoses;
        this.employers = employers;
        this.imports = imports;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (imports.anyStored() || !accounts.exists("jobcoach.igsd") || !accounts.exists("jobcoach.tdc")) {
            return;
        }
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        int[] total = new int[4];
        for (DemoMunicipality m : DemoMunicipality.IGSD) {
            add(total, load(m, accounts.idOf("jobcoach.igsd"), DemoPeople.REFERENCE_DATE, today));
        }
        for (DemoMunicipality m : DemoMunicipality.TDC) {
            add(total, load(m, accounts.idOf("jobcoach.tdc"), null, today));
        }
        log.info("Demo placements loaded: {} placements, {} follow-ups, {} outflows, {} re-entries in {} ms", total[0], total[1], total[2],
                total[3], (System.nanoTime() - started) / 1_000_000);
    }

    /** One municipality: its clients as they stand, their histories simulated, then imported in one go. */
    private PlacementImports.Imported load(DemoMunicipality m, UserId jobcoach, @Nullable LocalDate fixedOn,
                                           LocalDate today) {
        UserId caseworker = accounts.idOf("consulent." + m.caseworkerSuffix());
        Access access = accounts.accessFor(caseworker, Permission.PLACEMENT_WRITE, Channel.BATCH);
        List<ClientRef> refs = clients.refs(access, null);
        List<ClientId> ids = refs.stream().map(ClientRef::id).toList();
        Map<ClientId, List<BenefitSpan>> spans = benefits.of(ids);
        Map<ClientId, DiagnosisSnapshot> diagnosed = diagnoses.onDate(accounts.accessFor(caseworker, Permission.CLIENT_READ, Channel.BATCH),
                ids, today);
        List<DemoCareers.Person> people = new ArrayList<>();
        for (ClientRef ref : refs) {
            List<BenefitSpan> mine = spans.getOrDefault(ref.id(), List.of());
            DiagnosisSnapshot d = diagnosed.get(ref.id());
            people.add(new DemoCareers.Person(ref, d == null ? null : d.perspective(), mine.isEmpty() ? null : mine.getLast()));
        }
        List<UUID> own = employers.all(accounts.accessFor(caseworker, Permission.EMPLOYER_READ, Channel.BATCH)).stream()
                .filter(e -> e.municipality().value().equals(m.code())).map(e -> e.id().value()).toList();
        Random random = new Random(SEED + m.code().hashCode());
        DemoPlacementTerms terms = new DemoPlacementTerms(random, today, imports.followUpMonths(), imports.followUpParties());
        List<PlacementImports.HistoryImport> histories = new DemoCareers(random, today, fixedOn, terms, own, jobcoach.value(), people)
                .run(SHARE);
        return imports.importHistories(access, histories);
    }

    private static void add(int[] total, PlacementImports.Imported imported) {
        total[0] += imported.placements();
        total[1] += imported.followUps();
        total[2] += imported.outflows();
        total[3] += imported.reEntries();
    }
}
