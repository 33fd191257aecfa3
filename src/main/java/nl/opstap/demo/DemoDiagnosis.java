package nl.opstap.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.opstap.access.Access;
import nl.opstap.access.Channel;
import nl.opstap.access.Permission;
import nl.opstap.access.UserAccounts;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientRef;
import nl.opstap.diagnosis.CurrentSituation;
import nl.opstap.diagnosis.Diagnoses;
import nl.opstap.diagnosis.FactRecord;
import nl.opstap.diagnosis.LadderStep;
import nl.opstap.diagnosis.Perspective;
import nl.opstap.taxonomy.Occupations;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Diagnosis histories for every demo client. For the IGSD municipalities the facts that hold on
 * 15-11-2018 reproduce seed 003 exactly (Tabel I and II, the young people, the sectors); the TDC gets a
 * plausible history up to today. A few ladder steps are entered wrongly and corrected, as happens.
 */
@Component
@Profile("demo")
@Order(10)
class DemoDiagnosis implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDiagnosis.class);
    private static final long SEED = 20181115L;
    private static final int CORRECTIONS_PER_MUNICIPALITY = 12;
    private static final Map<String, String> OCCUPATION_TERMS = Map.of("PRODUCTIE", "productiemedewerker",
            "DIENSTVERLENING", "schoonmaker", "DETAILHANDEL", "verkoopmedewerker", "HORECA", "kok", "ZORG", "verzorgende",
            "LOGISTIEK", "magazijnmedewerker", "TECHNIEK", "monteur", "GROEN", "hovenier", "BOUW", "timmerman",
            "FACILITAIR", "schoonmaker");

    private final UserAccounts accounts;
    private final ClientDirectory clients;
    private final Diagnoses diagnoses;
    private final Occupations occupations;
    private final Clock clock;

    DemoDiagnosis(UserAccounts accounts, ClientDirectory clients, Diagnoses diagnoses, Occupations occupations, Clock clock) {
        this.accounts = accounts;
        this.clients = clients;
        this.diagnoses = diagnoses;
        this.occupations = occupations;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Map<DemoMunicipality, Access> access = new LinkedHashMap<>();
        Map<DemoMunicipality, List<ClientRef>> refs = new LinkedHashMap<>();
        for (DemoMunicipality m : all()) {
            Access a = accounts.accessFor(accounts.idOf("consulent." + m.caseworkerSuffix()), Permission.CLIENT_WRITE, Channel.BATCH);
            access.put(m, a);
            refs.put(m, clients.refs(a, null));
        }
        ClientRef probe = refs.values().iterator().next().getFirst();
        if (!diagnoses.history(access.values().iterator().next(), probe.id()).isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        Map<ClientRef, DemoHistories.Plan> plans = igsdPlans(refs);
        Random random = new Random(SEED);
        int facts = 0;
        for (DemoMunicipality m : all()) {
            boolean seed = Seed003.covers(m.code());
            List<FactRecord> history = new ArrayList<>();
            List<FactRecord> wrong = new ArrayList<>();
            for (ClientRef client : refs.get(m)) {
                DemoHistories.Plan plan = seed ? plans.get(client) : tdcPlan(random);
                List<FactRecord> mine = seed ? DemoHistories.of(client, plan, DemoPeople.REFERENCE_DATE, today, random)
                        : DemoHistories.of(client, plan, today.minusYears(1).minusDays(random.nextInt(700)), today, random);
                if (wrong.size() < CORRECTIONS_PER_MUNICIPALITY && random.nextInt(20) == 0) {
                    mine = misentered(mine, wrong);
                }
                history.addAll(mine);
            }
            facts += diagnoses.recordHistory(access.get(m), history);
            correct(access.get(m), wrong);
        }
        log.info("Demo diagnosis loaded: {} facts in {} ms", facts, (System.nanoTime() - start) / 1_000_000);
    }

    /** Seed 003's allocation: situation and perspective per client, then the sectors over those with work capacity. */
    private Map<ClientRef, DemoHistories.Plan> igsdPlans(Map<DemoMunicipality, List<ClientRef>> refs) {
        Map<ClientRef, SeedAllocation.Target> targets = new HashMap<>();
        for (DemoMunicipality m : DemoMunicipality.IGSD) {
            List<ClientRef> young = new ArrayList<>();
            List<ClientRef> others = new ArrayList<>();
            refs.get(m).forEach(c -> (isYoung(c) ? young : others).add(c));
            targets.putAll(SeedAllocation.assign(Seed003.of(m.code()), young, others, new Random(SEED + m.code().hashCode())));
        }
        List<ClientRef> capable = targets.entrySet().stream().filter(e -> e.getValue().hasWorkCapacity()).map(Map.Entry::getKey)
                .sorted(java.util.Comparator.comparing(c -> c.id().value())).toList();
        Map<ClientRef, List<String>> sectors = SeedAllocation.sectors(Seed003.SECTORS, capable, new Random(SEED + 3));
        Map<ClientRef, DemoHistories.Plan> plans = new HashMap<>();
        targets.forEach((client, t) -> {
            List<String> mine = sectors.getOrDefault(client, List.of());
            plans.put(client, new DemoHistories.Plan(CurrentSituation.valueOf(t.situation()), Perspective.valueOf(t.perspective()),
                    mine, mine.isEmpty() ? null : occupation(mine.getFirst())));
        });
        return plans;
    }

    /** A plausible mix for the TDC: mostly work capacity, a fifth participation, some care. */
    private DemoHistories.Plan tdcPlan(Random random) {
        int p = random.nextInt(100);
        Perspective perspective = p < 10 ? Perspective.PARTTIME_WERK : p < 55 ? Perspective.WERK : p < 78 ? Perspective.PARTICIPATIE
                : p < 92 ? Perspective.ZORG : Perspective.NOG_NIET_BEKEND;
        int s = random.nextInt(100);
        CurrentSituation situation = switch (perspective) {
            case ZORG -> CurrentSituation.ONDERZOEK_ZORG;
            case NOG_NIET_BEKEND -> CurrentSituation.TALENT_IN_KAART;
            case PARTICIPATIE -> s < 80 ? CurrentSituation.LEREN_ONTWIKKELEN : CurrentSituation.ONDERZOEK_ZORG;
            case WERK, PARTTIME_WERK -> s < 50 ? CurrentSituation.LEREN_ONTWIKKELEN : s < 70 ? CurrentSituation.WERKEN_ERVAREN
                    : s < 85 ? CurrentSituation.DIRECT_WERK : CurrentSituation.PARTTIME_WERK;
        };
        List<String> sectors = new ArrayList<>();
        if (perspective.hasWorkCapacity()) {
            List<String> codes = new ArrayList<>(Seed003.SECTORS.keySet());
            java.util.Collections.shuffle(codes, random);
            sectors.addAll(codes.subList(0, 1 + random.nextInt(3)));
        }
        return new DemoHistories.Plan(situation, perspective, sectors, sectors.isEmpty() ? null : occupation(sectors.getFirst()));
    }

    private static boolean isYoung(ClientRef client) {
        int age = Period.between(client.dateOfBirth(), DemoPeople.REFERENCE_DATE).getYears();
        return age >= 18 && age <= 26;
    }

    private @Nullable String occupation(String sector) {
        return occupations.search(OCCUPATION_TERMS.getOrDefault(sector, "medewerker"), 1).stream().findFirst()
                .map(o -> o.uri()).orElse(null);
    }

    /** Enters the client's last ladder step one too high; {@link #correct} puts it right afterwards. */
    private static List<FactRecord> misentered(List<FactRecord> facts, List<FactRecord> wrong) {
        List<FactRecord> copy = new ArrayList<>(facts);
        for (int i = copy.size() - 1; i >= 0; i--) {
            if (copy.get(i) instanceof FactRecord.LadderFact l && l.step().number() < 6) {
                copy.set(i, new FactRecord.LadderFact(l.client(), LadderStep.ofNumber(l.step().number() + 1), l.from(), null, null));
                wrong.add(l);
                return copy;
            }
        }
        return facts;
    }

    private void correct(Access access, List<FactRecord> rightValues) {
        for (FactRecord right : rightValues) {
            diagnoses.history(access, right.client()).stream()
                    .filter(f -> f.value() instanceof FactRecord.LadderFact && f.value().from().equals(right.from()) && !f.corrected())
                    .findFirst()
                    .ifPresent(f -> diagnoses.correct(access, f.id(), right, "Trede verkeerd overgenomen uit het intakeverslag"));
        }
    }

    private static List<DemoMunicipality> all() {
        List<DemoMunicipality> all = new ArrayList<>(DemoMunicipality.IGSD);
        all.addAll(DemoMunicipality.TDC);
        return all;
    }
}
