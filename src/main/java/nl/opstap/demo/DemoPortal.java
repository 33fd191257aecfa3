package nl.opstap.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import nl.opstap.access.Access;
import nl.opstap.access.Channel;
import nl.opstap.access.Permission;
import nl.opstap.access.UserAccounts;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.audit.ProcessingActivity;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientId;
import nl.opstap.client.ClientRef;
import nl.opstap.employer.EmployerId;
import nl.opstap.matching.ProposalImports;
import nl.opstap.vacancy.Vacancies;
import nl.opstap.vacancy.VacancyStatus;
import nl.opstap.plan.Party;
import nl.opstap.plan.PlanContent;
import nl.opstap.plan.PlanImport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The two demo job seekers (werkzoekende.demo, werkzoekende.tdc) see a filled portal: an agreed Plan van Perspectief
 * with agreements, and three vacancies their caseworker proposed; the demo employer accounts see a candidate put forward
 * for their first open vacancy. Runs when the application is ready, after the
 * matching index has loaded (proposals are matched like on the screen).
 */
@Component
@Profile("demo")
class DemoPortal {

    private static final Logger log = LoggerFactory.getLogger(DemoPortal.class);
    private static final java.util.Map<String, String> EMPLOYERS = java.util.Map.of("werkgever.demo", "accountmanager.igsd",
            "werkgever.tdc", "accountmanager.tdc");
    private static final List<String[]> SEEKERS = List.of(new String[] {"werkzoekende.demo", "consulent.steenwijkerland"},
            new String[] {"werkzoekende.tdc", "consulent.stadskanaal"});

    private final UserAccounts accounts;
    private final ClientDirectory clients;
    private final PlanImport plans;
    private final ProposalImports proposals;
    private final Vacancies vacancies;

    DemoPortal(UserAccounts accounts, ClientDirectory clients, PlanImport plans, ProposalImports proposals, Vacancies vacancies) {
        this.vacancies = vacancies;
        this.accounts = accounts;
        this.clients = clients;
        this.plans = plans;
        this.proposals = proposals;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE - 1) // before DemoSeedingLock lets another instance look
    void fill() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        for (String[] pair : SEEKERS) {
            if (!accounts.exists(pair[0]) || !accounts.exists(pair[1])) {
                continue;
            }
            ClientId client = new ClientId(Objects.requireNonNull(accounts.accessFor(accounts.idOf(pair[0]), Permission.OWN_FILE,
                    Channel.BATCH).user().ownClientId()));
            Access caseworker = accounts.accessFor(accounts.idOf(pair[1]), Permission.CLIENT_WRITE, Channel.BATCH);
            if (plans.anyOf(client)) {
                continue;
            }
            ClientRef ref = clients.inScope(caseworker, client, ProcessingActivity.PLAN, ProcessingAction.CREATE);
            plans.importAll(caseworker, List.of(new PlanImport.History(ref, today.minusDays(21), plan(today),
                    List.of(new PlanImport.Change(PlanImport.Kind.APPROVE, today.minusDays(14), null, null)))));
            int proposed = proposals.proposeBest(accounts.accessFor(accounts.idOf(pair[1]), Permission.MATCHING, Channel.BATCH), client, 3);
            log.info("Demo portal of {}: plan agreed, {} vacancies proposed", pair[0], proposed);
        }
        EMPLOYERS.forEach((employer, manager) -> {
            try {
                candidateFor(employer, manager);
            } catch (RuntimeException e) { // demo data is a courtesy: never stop the application for it
                log.warn("No demo candidate for {}: {}", employer, e.getMessage());
            }
        });
    }

    /** The demo employer account sees one candidate put forward for its first open vacancy. */
    private void candidateFor(String employerUser, String manager) {
        if (!accounts.exists(employerUser) || !accounts.exists(manager)) {
            return;
        }
        Access employer = accounts.accessFor(accounts.idOf(employerUser), Permission.OWN_EMPLOYER, Channel.BATCH);
        if (employer.user().ownEmployerId() == null) {
            return;
        }
        Access matcher = accounts.accessFor(accounts.idOf(manager), Permission.MATCHING, Channel.BATCH);
        vacancies.ofEmployer(accounts.accessFor(accounts.idOf(manager), Permission.EMPLOYER_READ, Channel.BATCH),
                        new EmployerId(employer.user().ownEmployerId())).stream()
                .filter(v -> v.status() == VacancyStatus.OPEN).findFirst()
                .ifPresent(v -> log.info("Demo candidate put forward to {}: {}", employerUser,
                        proposals.putForwardBest(matcher, v.id(), "Past goed; de werkzoekende wil graag kennismaken.")));
    }

    private static PlanContent plan(LocalDate today) {
        return new PlanContent("Binnen een jaar betaald werk voor minstens 24 uur per week, in de logistiek of de techniek.",
                today.plusMonths(6), List.of(new PlanContent.Goal("Een erkend certificaat heftruckchauffeur halen", today.plusMonths(3)),
                        new PlanContent.Goal("Een werkervaringsplaats van drie maanden afronden", today.plusMonths(5))),
                List.of(new PlanContent.Agreement(Party.CLIENT, "Ik solliciteer elke week op minstens twee vacatures en houd dat bij in mijn portfolio."),
                        new PlanContent.Agreement(Party.CLIENT, "Ik kom op tijd naar afspraken en meld me af als ik ziek ben."),
                        new PlanContent.Agreement(Party.SERVICE, "De gemeente betaalt de opleiding heftruckchauffeur."),
                        new PlanContent.Agreement(Party.SERVICE, "Mijn klantmanager zoekt samen met mij een werkervaringsplaats.")),
                List.of(new PlanContent.Step("Aanmelden voor de opleiding heftruckchauffeur", today.plusDays(14), null, Party.CLIENT)));
    }
}
