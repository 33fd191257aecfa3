package nl.opstap.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import nl.opstap.access.Access;
import nl.opstap.access.Channel;
import nl.opstap.access.Permission;
import nl.opstap.access.UserAccounts;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientRef;
import nl.opstap.matching.MatchingConsents;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.taxonomy.Competence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo consents for matching: most clients consent to being matched, many also to sharing data with employers, and
 * each gets one to three of the organisation's competences (the same list the demo vacancies ask for).
 */
@Component
@Order(50)
class DemoMatching implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoMatching.class);

    private final UserAccounts accounts;
    private final ClientDirectory clients;
    private final MatchingConsents consents;

    DemoMatching(UserAccounts accounts, ClientDirectory clients, MatchingConsents consents) {
        this.accounts = accounts;
        this.clients = clients;
        this.consents = consents;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (consents.anyRecorded()) {
            return;
        }
        Random random = new Random(5_2026L);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        int count = 0;
        for (DemoMunicipality municipality : Stream.concat(DemoMunicipality.IGSD.stream(), DemoMunicipality.TDC.stream()).toList()) {
            String user = "consulent." + municipality.caseworkerSuffix();
            if (!accounts.exists(user)) {
                continue;
            }
            Access access = accounts.accessFor(accounts.idOf(user), Permission.CLIENT_WRITE, Channel.BATCH);
            List<Competence> own = consents.competencesIn(new MunicipalityCode(municipality.code()));
            List<MatchingConsents.ConsentImport> imports = new ArrayList<>();
            for (ClientRef client : clients.refs(access, null)) {
                if (client.municipality().value().equals(municipality.code()) && random.nextInt(100) < 85) {
                    List<UUID> competences = new ArrayList<>();
                    for (int i = 0, n = own.isEmpty() ? 0 : 1 + random.nextInt(3); i < n; i++) {
                        competences.add(own.get(random.nextInt(own.size())).id());
                    }
                    imports.add(new MatchingConsents.ConsentImport(client.id(), true, random.nextInt(100) < 70,
                            today.minusDays(random.nextInt(400)), competences));
                }
            }
            count += consents.importAll(access, imports);
        }
        log.info("Demo matching consents loaded: {}", count);
    }
}
