package nl.opstap.demo;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import nl.opstap.access.Access;
import nl.opstap.access.Channel;
import nl.opstap.access.Permission;
import nl.opstap.access.UserAccounts;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientId;
import nl.opstap.client.ClientRef;
import nl.opstap.employer.EmployerId;
import nl.opstap.portfolio.ProfileImports;
import nl.opstap.vacancy.Vacancies;
import nl.opstap.vacancy.Vacancy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo anonymous profiles: the employer accounts act for the demo employer of their municipality with the most
 * vacancies; about one in ten clients published a profile; each employer account asked contact about two of them.
 */
@Component
@Order(75)
class DemoProfiles implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoProfiles.class);
    private static final String[] PITCHES = {"Ik werk graag met mijn handen en ben altijd op tijd.", "Ik zoek werk in een vast team, liefst overdag.",
        "Ik heb ervaring in de zorg en wil graag weer aan de slag.", "", "Ik leer snel en werk graag buiten."};

    private final UserAccounts accounts;
    private final ClientDirectory clients;
    private final Vacancies vacancies;
    private final ProfileImports profiles;

    DemoProfiles(UserAccounts accounts, ClientDirectory clients, Vacancies vacancies, ProfileImports profiles) {
        this.accounts = accounts;
        this.clients = clients;
        this.vacancies = vacancies;
        this.profiles = profiles;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (profiles.anyPublished() || !accounts.exists("werkgever.demo")) {
            return;
        }
        Random random = new Random(8_2026L);
        int count = load("werkgever.demo", "accountmanager.igsd", "consulent.steenwijkerland", random)
                + load("werkgever.tdc", "accountmanager.tdc", "consulent.stadskanaal", random);
        log.info("Demo anonymous profiles published: {}", count);
    }

    private int load(String employerUser, String manager, String caseworker, Random random) {
        Access managerAccess = accounts.accessFor(accounts.idOf(manager), Permission.EMPLOYER_READ, Channel.BATCH);
        Access employerAccess = accounts.accessFor(accounts.idOf(employerUser), Permission.PUBLISHED_PROFILES, Channel.BATCH);
        Map<EmployerId, Long> perEmployer = vacancies.open(managerAccess).stream()
                .filter(v -> employerAccess.scope().contains(v.municipality()))
                .collect(Collectors.groupingBy(Vacancy::employer, Collectors.counting()));
        var busiest = perEmployer.entrySet().stream().max(Map.Entry.<EmployerId, Long>comparingByValue().thenComparing(e -> e.getKey().value()));
        busiest.ifPresent(e -> accounts.linkToEmployer(accounts.idOf(employerUser), e.getKey().value()));
        Access access = accounts.accessFor(accounts.idOf(caseworker), Permission.CLIENT_WRITE, Channel.BATCH);
        Map<ClientId, String> pitches = new LinkedHashMap<>();
        clients.refs(access, null).stream().filter(c -> employerAccess.scope().contains(c.municipality()))
                .sorted(Comparator.comparing(c -> c.id().value())).map(ClientRef::id)
                .forEach(id -> {
                    if (random.nextInt(100) < 10) {
                        pitches.put(id, PITCHES[random.nextInt(PITCHES.length)]);
                    }
                });
        List<String> numbers = profiles.publishAll(access, pitches);
        Access asker = accounts.accessFor(accounts.idOf(employerUser), Permission.PUBLISHED_PROFILES, Channel.BATCH);
        numbers.stream().limit(busiest.isPresent() ? 2 : 0).forEach(n -> profiles.requestContact(asker, n, "Wij zoeken iemand voor ons team. Kunnen we kennismaken?"));
        return numbers.size();
    }
}
