package nl.opstap.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import nl.opstap.access.Access;
import nl.opstap.access.Channel;
import nl.opstap.access.Permission;
import nl.opstap.access.UserAccounts;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientRef;
import nl.opstap.plan.Party;
import nl.opstap.plan.PlanContent;
import nl.opstap.plan.PlanImport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo plans for most demo clients of the four municipalities: mostly fixed, some revised (2–3 versions),
 * some closed, some concepts; drawn up between 2015 and 2018-11-15, a few later. Synthetic text only.
 */
@Component
@Profile("demo")
@Order(20)
class DemoPlans implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPlans.class);
    private static final LocalDate FIRST = LocalDate.of(2015, 1, 5);
    private static final LocalDate SEED_DATE = LocalDate.of(2018, 11, 15);
    private static final String[] PERSPECTIVES = {
            "Werk in de techniek na een praktijkassessment en een korte vakopleiding.",
            "Parttime werk in de zorg of facilitaire dienstverlening, in combinatie met de zorg voor de kinderen.",
            "Eerst taal en werknemersvaardigheden versterken, daarna een werkervaringsplaats.",
            "Stap voor stap meer structuur in de week via vrijwilligerswerk en sport en bewegen.",
            "Direct bemiddelen naar werk in de logistiek; rijbewijs en vervoer zijn geregeld."};
    private static final String[] GOALS = {"Binnen een jaar betaald werk voor minstens 20 uur per week",
            "Taalniveau B1 halen", "Een werkervaringsplaats afronden met een praktijkverklaring",
            "Vier dagdelen per week actief buiten de deur", "Startkwalificatie behalen via een BBL-traject",
            "Zicht op schulden en een stabiele financiële situatie"};
    private static final String[] CLIENT_AGREEMENTS = {"Solliciteert vier keer per maand en houdt dit bij in het e-portfolio",
            "Komt op tijd naar afspraken en meldt zich af bij ziekte", "Neemt deel aan de training Werken aan je Toekomst"};
    private static final String[] SERVICE_AGREEMENTS = {"Zoekt een passende werkervaringsplaats", "Regelt de taaltoets via het ROC",
            "Bespreekt de voortgang elke zes weken"};
    private static final String[] STEPS = {"Intakegesprek op het werkplein", "Beroepskeuzetest maken", "Cv en e-portfolio bijwerken",
            "Kennismaken bij de werkgever", "Start werkervaringsplaats", "Evaluatiegesprek"};

    private final UserAccounts accounts;
    private final ClientDirectory clients;
    private final PlanImport plans;

    DemoPlans(UserAccounts accounts, ClientDirectory clients, PlanImport plans) {
        this.accounts = accounts;
        this.clients = clients;
        this.plans = plans;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (plans.anyStored()) {
            return;
        }
        Random random = new Random(20_2018L);
        int count = 0;
        for (DemoMunicipality municipality : Stream.concat(DemoMunicipality.IGSD.stream(), DemoMunicipality.TDC.stream()).toList()) {
            Access access = accounts.accessFor(accounts.idOf("consulent." + municipality.caseworkerSuffix()), Permission.CLIENT_WRITE,
                    Channel.BATCH);
            List<PlanImport.History> histories = new ArrayList<>();
            for (ClientRef client : clients.refs(access, null)) {
                if (!client.municipality().value().equals(municipality.code()) || random.nextInt(10) == 0) {
                    continue; // about one in ten has no plan yet
                }
                histories.add(history(client, random));
            }
            count += plans.importAll(access, histories);
        }
        log.info("Demo plans loaded: {}", count);
    }

    private static PlanImport.History history(ClientRef client, Random random) {
        boolean late = random.nextInt(8) == 0;
        LocalDate start = late ? SEED_DATE.plusDays(1 + random.nextInt(700)) : FIRST.plusDays(random.nextInt(1410));
        if (start.isBefore(client.dateOfBirth().plusYears(18))) {
            start = client.dateOfBirth().plusYears(18);
        }
        LocalDate today = LocalDate.now();
        if (start.isAfter(today)) {
            start = today;
        }
        PlanContent content = content(random, start);
        List<PlanImport.Change> changes = new ArrayList<>();
        int kind = random.nextInt(20);
        if (kind >= 2) { // 10% concept
            LocalDate approved = min(start.plusDays(7 + random.nextInt(21)), today);
            changes.add(new PlanImport.Change(PlanImport.Kind.APPROVE, approved, null, null));
            LocalDate last = approved;
            if (kind >= 12) { // revised once or twice
                for (int i = 0; i < 1 + random.nextInt(2); i++) {
                    last = min(last.plusDays(120 + random.nextInt(120)), today);
                    changes.add(new PlanImport.Change(PlanImport.Kind.REVISE, last, content(random, last),
                            "Herbeoordeling: doelen en stappen bijgesteld na evaluatie."));
                }
            }
            if (kind < 17 && random.nextInt(4) > 0) { // most open plans had their yearly review recently
                LocalDate recent = today.minusDays(30 + random.nextInt(300));
                if (recent.isAfter(last.plusDays(30))) {
                    last = recent;
                    changes.add(new PlanImport.Change(PlanImport.Kind.REVISE, recent, content(random, recent),
                            "Jaarlijkse herbeoordeling: plan besproken en bijgewerkt."));
                }
            }
            if (kind >= 17) { // closed
                last = min(last.plusDays(60 + random.nextInt(200)), today);
                changes.add(new PlanImport.Change(PlanImport.Kind.CLOSE, last, null,
                        random.nextBoolean() ? "Uitgestroomd naar betaald werk." : "Verhuisd naar een andere gemeente."));
            }
        }
        return new PlanImport.History(client, start, content, changes);
    }

    private static PlanContent content(Random random, LocalDate start) {
        List<PlanContent.Goal> goals = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(3); i++) {
            goals.add(new PlanContent.Goal(GOALS[random.nextInt(GOALS.length)], random.nextBoolean() ? start.plusMonths(12) : null));
        }
        List<PlanContent.Agreement> agreements = List.of(
                new PlanContent.Agreement(Party.CLIENT, CLIENT_AGREEMENTS[random.nextInt(CLIENT_AGREEMENTS.length)]),
                new PlanContent.Agreement(Party.SERVICE, SERVICE_AGREEMENTS[random.nextInt(SERVICE_AGREEMENTS.length)]));
        List<PlanContent.Step> steps = new ArrayList<>();
        LocalDate due = start;
        for (int i = 0; i < 2 + random.nextInt(3); i++) {
            due = due.plusWeeks(2 + random.nextInt(8));
            boolean longAgo = due.isBefore(LocalDate.now().minusMonths(2)); // old steps were nearly all done
            LocalDate done = due.isBefore(LocalDate.now()) && random.nextInt(longAgo ? 20 : 3) > 0 ? due.minusDays(random.nextInt(5)) : null;
            if (done != null && done.isBefore(start)) {
                done = start;
            }
            steps.add(new PlanContent.Step(STEPS[i % STEPS.length], due, done, random.nextBoolean() ? Party.CLIENT : Party.SERVICE));
        }
        return new PlanContent(PERSPECTIVES[random.nextInt(PERSPECTIVES.length)], start.plusMonths(6 + random.nextInt(7)),
                goals, agreements, steps);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
