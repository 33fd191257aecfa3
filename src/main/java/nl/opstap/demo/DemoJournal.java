package nl.opstap.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
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
import nl.opstap.journal.JournalImport;
import nl.opstap.journal.JournalType;
import nl.opstap.journal.NewJournalEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A few synthetic journal entries per demo client, dated from 2015 on, written by the municipality's demo caseworker. */
@Component
@Profile("demo")
@Order(25)
class DemoJournal implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoJournal.class);
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final JournalType[] TYPES = JournalType.values();
    private static final String[] SUBJECTS = {"Voortgangsgesprek", "Afspraak verzet", "Kennismaking", "Evaluatie werkervaringsplaats",
            "Terugkoppeling werkgever", "Planning komende weken"};
    private static final String[] TEXTS = {
            "Gesproken over de voortgang. De werkzoekende is gemotiveerd en heeft twee sollicitaties verstuurd.",
            "Telefonisch contact gehad; de afspraak is verplaatst naar volgende week in verband met een cursusdag.",
            "Huisbezoek afgelegd. De thuissituatie is rustig; afgesproken om over vier weken opnieuw te bellen.",
            "De werkzoekende gaf aan dat een behandeling loopt; belastbaarheid tijdelijk beperkt tot twee dagdelen.",
            "De werkgever is tevreden over inzet en houding; er is mogelijk een vaste plek na de proefperiode.",
            "Afspraken uit het plan doorgenomen; de werkzoekende meldt zich aan voor de training Vaardig aan het Werk."};

    private final UserAccounts accounts;
    private final ClientDirectory clients;
    private final JournalImport journal;

    DemoJournal(UserAccounts accounts, ClientDirectory clients, JournalImport journal) {
        this.accounts = accounts;
        this.clients = clients;
        this.journal = journal;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (journal.anyStored()) {
            return;
        }
        Random random = new Random(25_2015L);
        LocalDate today = LocalDate.now(AMSTERDAM);
        int count = 0;
        for (DemoMunicipality municipality : Stream.concat(DemoMunicipality.IGSD.stream(), DemoMunicipality.TDC.stream()).toList()) {
            Access access = accounts.accessFor(accounts.idOf("consulent." + municipality.caseworkerSuffix()), Permission.JOURNAL_WRITE,
                    Channel.BATCH);
            List<JournalImport.Historic> entries = new ArrayList<>();
            for (ClientRef client : clients.refs(access, null)) {
                if (!client.municipality().value().equals(municipality.code())) {
                    continue;
                }
                for (int i = 0; i < 1 + random.nextInt(4); i++) {
                    LocalDate date = LocalDate.of(2015, 1, 2).plusDays(random.nextInt(3600));
                    if (date.isAfter(today)) {
                        date = today;
                    }
                    int t = random.nextInt(TYPES.length);
                    NewJournalEntry entry = new NewJournalEntry(TYPES[t], date, SUBJECTS[random.nextInt(SUBJECTS.length)],
                            TEXTS[Math.min(t, TEXTS.length - 1)]);
                    entries.add(new JournalImport.Historic(client, entry,
                            date.atTime(LocalTime.of(9 + random.nextInt(8), random.nextInt(60))).atZone(AMSTERDAM).toInstant()));
                }
            }
            count += journal.importAll(access, entries);
        }
        log.info("Demo journal entries loaded: {}", count);
    }
}
