package nl.opstap.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import nl.opstap.access.Access;
import nl.opstap.access.Channel;
import nl.opstap.access.Permission;
import nl.opstap.access.UserAccounts;
import nl.opstap.client.ClientId;
import nl.opstap.portfolio.PortfolioEntryForm;
import nl.opstap.portfolio.PortfolioEntryId;
import nl.opstap.portfolio.PortfolioImport;
import nl.opstap.portfolio.PortfolioSection;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A filled-in portfolio for the two demo job seekers (werkzoekende.demo, werkzoekende.tdc): a few entries per section
 * and a comment from their municipality's caseworker. Runs after the clients, accounts and competences exist.
 */
@Component
@Profile("demo")
@Order(65)
class DemoPortfolio implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPortfolio.class);
    private static final List<String[]> SEEKERS = List.of(new String[] {"werkzoekende.demo", "consulent.steenwijkerland"},
            new String[] {"werkzoekende.tdc", "consulent.stadskanaal"});

    private final UserAccounts accounts;
    private final PortfolioImport portfolio;

    DemoPortfolio(UserAccounts accounts, PortfolioImport portfolio) {
        this.accounts = accounts;
        this.portfolio = portfolio;
    }

    @Override
    public void run(ApplicationArguments args) {
        int filled = 0;
        for (String[] pair : SEEKERS) {
            if (!accounts.exists(pair[0]) || !accounts.exists(pair[1])) {
                continue;
            }
            Access own = accounts.accessFor(accounts.idOf(pair[0]), Permission.OWN_FILE, Channel.BATCH);
            ClientId client = new ClientId(Objects.requireNonNull(own.user().ownClientId()));
            if (portfolio.anyOf(client)) {
                continue;
            }
            PortfolioEntryId work = fill(own, LocalDate.now(ZoneId.of("Europe/Amsterdam")));
            Access caseworker = accounts.accessFor(accounts.idOf(pair[1]), Permission.JOURNAL_WRITE, Channel.BATCH);
            portfolio.comment(caseworker, client, null, "Mooi begin! Zet er ook uw vrijwilligerswerk bij, dat telt mee.");
            portfolio.comment(caseworker, client, work, "Noem hier ook dat u met de kassa werkte.");
            filled++;
        }
        log.info("Demo portfolios filled: {}", filled);
    }

    private PortfolioEntryId fill(Access own, LocalDate today) {
        add(own, PortfolioSection.OPLEIDING, "Logistiek medewerker", "Deltion College", "mbo-2", today.minusYears(9), today.minusYears(7),
                true, null);
        add(own, PortfolioSection.OPLEIDING, "Taalcursus Nederlands", "Taalhuis", null, today.minusYears(1), null, false, null);
        PortfolioEntryId work = add(own, PortfolioSection.WERKERVARING, "Vakkenvuller", "Supermarkt De Hoek", null, today.minusYears(6),
                today.minusYears(3), false, "Vakken vullen, kassa, klanten helpen.");
        add(own, PortfolioSection.WERKERVARING, "Vrijwilliger", "Voedselbank", null, today.minusYears(2), null, false,
                "Pakketten inpakken en uitdelen.");
        portfolio.competenceKeys(own).stream().limit(3).forEach(key -> portfolio.add(own, PortfolioSection.VAARDIGHEID,
                new PortfolioEntryForm(PortfolioSection.VAARDIGHEID.code(), null, null, null, key, null, null, false, null, 0)));
        add(own, PortfolioSection.LEERPUNT, "", "", null, null, null, false, "Ik kan goed samenwerken in een team.");
        add(own, PortfolioSection.LEERPUNT, "", "", null, null, null, false, "Ik kom altijd op tijd, ook bij vroege diensten.");
        add(own, PortfolioSection.SOLLICITATIE, "Orderpicker", "Distributiecentrum Noord", "gesprek", today.minusWeeks(2), null, false,
                "Gesprek op dinsdag.");
        add(own, PortfolioSection.SOLLICITATIE, "Medewerker groen", "Hoveniersbedrijf Linde", "afgewezen", today.minusMonths(2), null,
                false, "");
        add(own, PortfolioSection.REFERENTIE, "J. de Vries", "Coördinator voedselbank", null, null, null, false,
                "Betrouwbaar, vriendelijk en altijd bereid om te helpen.");
        return work;
    }

    private PortfolioEntryId add(Access own, PortfolioSection section, String title, String place, @Nullable String level,
                                 @Nullable LocalDate from, @Nullable LocalDate to, boolean diploma, @Nullable String body) {
        return portfolio.add(own, section, new PortfolioEntryForm(section.code(), title, place, level, null, from, to, diploma, body, 0));
    }
}
