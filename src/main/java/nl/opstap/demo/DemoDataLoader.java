package nl.opstap.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import net.datafaker.Faker;
import nl.opstap.access.Access;
import nl.opstap.access.Channel;
import nl.opstap.access.NewAccount;
import nl.opstap.access.Permission;
import nl.opstap.access.Role;
import nl.opstap.access.UserAccounts;
import nl.opstap.access.UserId;
import nl.opstap.client.ClientDetails;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientId;
import nl.opstap.client.NewClient;
import nl.opstap.organisation.Municipalities;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.organisation.OrganisationId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Loads the demo organisations, accounts and clients once, on the first start of the demo profile. */
@Component
@Profile("demo")
@Order(0)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final long SEED = 20181115L;
    /** Seed 003: 1,189 people in ~986 benefit households, so about 8.5% of clients are one half of a couple. */
    private static final double COUPLE_SHARE = (1189 - 986) / 1189.0;

    private final Municipalities municipalities;
    private final UserAccounts accounts;
    private final ClientDirectory clients;
    private final JsonMapper json;

    DemoDataLoader(Municipalities municipalities, UserAccounts accounts, ClientDirectory clients, JsonMapper json) {
        this.municipalities = municipalities;
        this.accounts = accounts;
        this.clients = clients;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.exists("admin")) {
            log.info("Demo data already present; nothing loaded");
            return;
        }
        long start = System.nanoTime();
        registerOrganisation("IGSD Steenwijkerland-Westerveld", DemoMunicipality.IGSD);
        registerOrganisation("TDC Stadskanaal en Veendam", DemoMunicipality.TDC);
        String hash = accounts.hashPassword(DemoAccounts.PASSWORD);
        DemoAccounts.staff().forEach(spec -> accounts.create(new NewAccount(spec.username(), spec.displayName(), null, hash,
                false, spec.grants(), null, spec.economicAffairs())));
        Faker names = new Faker(Locale.of("nl"), new Random(SEED));
        DemoPostcodes postcodes = new DemoPostcodes(json);
        BsnGenerator bsns = new BsnGenerator(new Random(SEED));
        Map<String, ClientId> lastRegistered = new HashMap<>();
        int total = 0;
        for (DemoMunicipality municipality : allMunicipalities()) {
            List<UserId> caseworkers = caseworkers(municipality, hash, names);
            List<ClientId> registered = registerClients(municipality, caseworkers, postcodes.of(municipality.geoKey()), bsns);
            total += registered.size();
            lastRegistered.put(municipality.code(), registered.getLast());
        }
        jobSeeker("werkzoekende.demo", "GM1708", lastRegistered, hash);
        jobSeeker("werkzoekende.tdc", "GM0037", lastRegistered, hash);
        log.info("Demo data loaded: 4 municipalities, {} clients, in {} ms", total, (System.nanoTime() - start) / 1_000_000);
    }

    /** A job seeker account bound to the last demo client of a municipality (not one of a couple). */
    private void jobSeeker(String username, String municipality, Map<String, ClientId> files, String hash) {
        accounts.create(new NewAccount(username, "Werkzoekende (demo)", null, hash, false,
                Map.of(Role.JOB_SEEKER, Set.of(DemoAccounts.code(municipality))), files.get(municipality).value(), false));
    }

    private void registerOrganisation(String name, List<DemoMunicipality> members) {
        OrganisationId id = municipalities.ensureOrganisation(name);
        members.forEach(m -> municipalities.ensureMunicipality(new MunicipalityCode(m.code()), m.name(), id));
    }

    /** The documented caseworker plus colleagues, so caseloads are of a realistic size. */
    private List<UserId> caseworkers(DemoMunicipality municipality, String hash, Faker names) {
        List<UserId> ids = new ArrayList<>();
        ids.add(accounts.idOf("consulent." + municipality.caseworkerSuffix()));
        for (int i = 2; i <= municipality.caseworkers(); i++) {
            ids.add(accounts.create(new NewAccount("consulent" + i + "." + municipality.caseworkerSuffix(),
                    names.name().firstName() + " " + names.name().lastName(), null, hash, false,
                    Map.of(Role.CASEWORKER, Set.of(new MunicipalityCode(municipality.code()))), null, false)));
        }
        return ids;
    }

    private List<ClientId> registerClients(DemoMunicipality municipality, List<UserId> caseworkers, List<String> postcodes,
                                           BsnGenerator bsns) {
        Access access = accounts.accessFor(caseworkers.getFirst(), Permission.CLIENT_WRITE, Channel.BATCH);
        DemoPeople people = new DemoPeople(SEED + municipality.code().hashCode(), bsns);
        int couples = (int) Math.round(municipality.clients() * COUPLE_SHARE / 2);
        List<ClientId> ids = new ArrayList<>();
        Map<ClientId, ClientId> partners = new HashMap<>();
        NewClient previous = null;
        Set<Integer> young = youngIndexes(municipality, new Random(SEED + 7 * municipality.code().hashCode()));
        for (int i = 0; i < municipality.clients(); i++) {
            boolean partner = i < 2 * couples && i % 2 == 1;
            NewClient person = people.next(municipality, postcodes, partner, young.contains(i));
            if (partner) {
                person = atAddressOf(person, previous.details());
            }
            NewClient assigned = new NewClient(person.details(), person.benefit(),
                    caseworkers.get((i / 2) % caseworkers.size()).value());
            ClientId id = clients.register(access, assigned);
            if (partner) {
                partners.put(ids.getLast(), id);
            }
            ids.add(id);
            previous = person;
        }
        partners.forEach((one, other) -> clients.linkPartners(access, one, other));
        return ids;
    }

    /** Which clients are 18–26: seed 003's exact number for the IGSD, about 12% elsewhere. */
    private static Set<Integer> youngIndexes(DemoMunicipality municipality, Random random) {
        int count = Seed003.covers(municipality.code()) ? Seed003.of(municipality.code()).young()
                : (int) Math.round(municipality.clients() * 0.12);
        List<Integer> all = new ArrayList<>(IntStream.range(0, municipality.clients()).boxed().toList());
        Collections.shuffle(all, random);
        return new HashSet<>(all.subList(0, count));
    }

    /** A partner lives at the household's address. */
    private static NewClient atAddressOf(NewClient person, ClientDetails a) {
        ClientDetails d = person.details();
        return new NewClient(new ClientDetails(d.municipality(), d.bsn(), d.firstNames(), d.infix(), d.lastName(),
                d.dateOfBirth(), d.gender(), a.street(), a.houseNumber(), a.houseNumberSuffix(), a.postcode(), a.city(),
                d.phone(), d.email(), d.educationLevel(), d.markers(), d.matchingFacts()), person.benefit(), null);
    }

    private static List<DemoMunicipality> allMunicipalities() {
        List<DemoMunicipality> all = new ArrayList<>(DemoMunicipality.IGSD);
        all.addAll(DemoMunicipality.TDC);
        return all;
    }
}
