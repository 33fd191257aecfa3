package nl.opstap.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import nl.opstap.access.Access;
import nl.opstap.access.Channel;
import nl.opstap.access.Permission;
import nl.opstap.access.UserAccounts;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientRef;
import nl.opstap.obligation.ExemptionReason;
import nl.opstap.obligation.Forms;
import nl.opstap.obligation.MeasureKind;
import nl.opstap.obligation.ObligationKind;
import nl.opstap.obligation.ObligationRegister;
import nl.opstap.obligation.SignalKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Obligations for the demo clients: work obligations, exemptions whose re-checks fall before and after
 * the seed's reference date (15-11-2018) and today (some overdue), a few signals with measures, and bonuses.
 */
@Component
@Profile("demo")
@Order(35)
class DemoObligations implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoObligations.class);
    private static final LocalDate REFERENCE_DATE = LocalDate.of(2018, 11, 15);
    private static final Map<String, String> CASEWORKERS = new TreeMap<>(Map.of("GM1708", "consulent.steenwijkerland",
            "GM1701", "consulent.westerveld", "GM0037", "consulent.stadskanaal", "GM0047", "consulent.veendam"));
    private static final List<String> SIGNALS = List.of(
            "Niet verschenen op afspraak zonder bericht.", "Werkervaringsplaats zonder geldige reden verlaten.",
            "Inkomsten uit werk niet gemeld.", "Onvoldoende sollicitatieactiviteiten aangetoond.", "Samenwoning niet doorgegeven.");

    private final ObligationRegister register;
    private final UserAccounts accounts;
    private final ClientDirectory clients;

    DemoObligations(ObligationRegister register, UserAccounts accounts, ClientDirectory clients) {
        this.register = register;
        this.accounts = accounts;
        this.clients = clients;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!accounts.exists("admin") || register.hasData()) {
            return;
        }
        long start = System.nanoTime();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        Random random = new Random(20181115L);
        int total = 0;
        for (String username : CASEWORKERS.values()) {
            if (!accounts.exists(username)) {
                continue;
            }
            Access access = accounts.accessFor(accounts.idOf(username), Permission.CLIENT_WRITE, Channel.BATCH);
            List<ObligationRegister.ClientHistory> batch = new ArrayList<>();
            for (ClientRef ref : clients.refs(access, null)) {
                batch.add(historyOf(ref, random, today));
            }
            register.recordHistory(access, batch);
            total += batch.size();
        }
        log.info("Demo obligations for {} clients in {} ms", total, (System.nanoTime() - start) / 1_000_000);
    }

    private static ObligationRegister.ClientHistory historyOf(ClientRef ref, Random random, LocalDate today) {
        List<Forms.ObligationForm> obligations = new ArrayList<>();
        List<Forms.ExemptionForm> exemptions = new ArrayList<>();
        List<ObligationRegister.SignalHistory> signals = new ArrayList<>();
        List<Forms.BonusForm> bonuses = new ArrayList<>();
        LocalDate from = LocalDate.of(2015, 1, 1).plusDays(random.nextInt((int) (today.toEpochDay() - LocalDate.of(2015, 1, 1).toEpochDay())));
        double r = random.nextDouble();
        if (r < 0.18) {
            ExemptionReason reason = ExemptionReason.values()[random.nextInt(ExemptionReason.values().length)];
            LocalDate exFrom = r < 0.06 ? REFERENCE_DATE.minusDays(100 + random.nextInt(600)) : from;
            LocalDate recheck = exFrom.plusMonths(6 + random.nextInt(19));
            if (r < 0.03) {
                recheck = REFERENCE_DATE.minusDays(1 + random.nextInt(60)); // overdue on the seed's reference date
                exFrom = recheck.minusMonths(12);
            } else if (r > 0.15) {
                recheck = today.minusDays(1 + random.nextInt(90)); // overdue today
                exFrom = recheck.minusMonths(12);
            }
            exemptions.add(new Forms.ExemptionForm(ObligationKind.ARBEIDSVERPLICHTING, reason, exFrom, null, recheck,
                    reason == ExemptionReason.ZORGTAKEN ? "Zorg voor jonge kinderen of een naaste." : null));
        } else if (r < 0.75) {
            obligations.add(new Forms.ObligationForm(ObligationKind.ARBEIDSVERPLICHTING, from, null, null));
        } else if (r < 0.85) {
            obligations.add(new Forms.ObligationForm(ObligationKind.PARTICIPATIEVERPLICHTING, from, null, null));
        }
        if (random.nextDouble() < 0.06) {
            obligations.add(new Forms.ObligationForm(ObligationKind.TAALEIS, from, from.plusYears(2).isBefore(today) ? from.plusYears(2) : null,
                    "Taaltoets en taaltraject afgesproken."));
        }
        if (random.nextDouble() < 0.04) {
            obligations.add(new Forms.ObligationForm(ObligationKind.TEGENPRESTATIE, from, null, "Vrijwilligerswerk naar vermogen."));
        }
        if (random.nextDouble() < 0.05) {
            LocalDate date = from.plusDays(random.nextInt(300));
            date = date.isAfter(today) ? today.minusDays(20) : date;
            SignalKind kind = random.nextDouble() < 0.7 ? SignalKind.VERWIJTBAAR_GEDRAG : SignalKind.FRAUDESIGNAAL;
            Forms.SignalForm signal = new Forms.SignalForm(kind, date, SIGNALS.get(random.nextInt(SIGNALS.size())));
            boolean open = date.isAfter(today.minusDays(120)) || random.nextDouble() < 0.1;
            List<Forms.MeasureForm> measures = new ArrayList<>();
            LocalDate decided = date.plusDays(14);
            if (!open && !decided.isAfter(today)) {
                boolean warning = random.nextDouble() < 0.5;
                measures.add(new Forms.MeasureForm(null, warning ? MeasureKind.WAARSCHUWING : MeasureKind.VERLAGING,
                        warning ? 0 : List.of(20, 40, 100).get(random.nextInt(3)), decided.plusDays(7),
                        warning ? null : decided.plusDays(7).plusMonths(1), decided, null));
            }
            signals.add(new ObligationRegister.SignalHistory(signal, open ? null : (decided.isAfter(today) ? today : decided), measures));
        }
        if (random.nextDouble() < 0.04) {
            LocalDate date = from.plusDays(60 + random.nextInt(400));
            bonuses.add(new Forms.BonusForm(date.isAfter(today) ? today : date, new BigDecimal(List.of("250.00", "500.00", "750.00")
                    .get(random.nextInt(3))), "Werkbonus bij start parttime werk."));
        }
        return new ObligationRegister.ClientHistory(ref.id(), ref.municipality(), obligations, exemptions, signals, bonuses);
    }
}
