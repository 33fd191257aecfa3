package nl.opstap.testsupport;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
import nl.opstap.organisation.MunicipalityCode;

/** Test data on top of the demo data: accounts with exactly the roles a test needs, and clients. */
public final class Fixtures {

    public static final String STEENWIJKERLAND = "GM1708";
    public static final String WESTERVELD = "GM1701";
    public static final String STADSKANAAL = "GM0037";
    public static final String VEENDAM = "GM0047";
    public static final String PASSWORD = "Opstap-demo-2026";

    private static final Map<String, String> CASEWORKERS = Map.of(STEENWIJKERLAND, "consulent.steenwijkerland",
            WESTERVELD, "consulent.westerveld", STADSKANAAL, "consulent.stadskanaal", VEENDAM, "consulent.veendam");

    private final UserAccounts accounts;
    private final ClientDirectory clients;

    public Fixtures(UserAccounts accounts, ClientDirectory clients) {
        this.accounts = accounts;
        this.clients = clients;
    }

    /** An account holding one role in the given municipalities (created once, reused after). */
    public UserId user(String username, Role role, String... municipalities) {
        if (accounts.exists(username)) {
            return accounts.idOf(username);
        }
        Set<MunicipalityCode> codes = Arrays.stream(municipalities).map(MunicipalityCode::new).collect(Collectors.toSet());
        return accounts.create(new NewAccount(username, "Test " + username, null, accounts.hashPassword(PASSWORD), false,
                Map.of(role, codes), null, false));
    }

    /** An account holding every staff role except EMPLOYER in the given municipalities: allowed nearly everything there. */
    public UserId staff(String username, String... municipalities) {
        if (accounts.exists(username)) {
            return accounts.idOf(username);
        }
        Set<MunicipalityCode> codes = Arrays.stream(municipalities).map(MunicipalityCode::new).collect(Collectors.toSet());
        Map<Role, Set<MunicipalityCode>> grants = Arrays.stream(Role.values())
                .filter(role -> role.isStaffRole() && role != Role.EMPLOYER)
                .collect(Collectors.toMap(role -> role, role -> codes));
        return accounts.create(new NewAccount(username, "Test " + username, null, accounts.hashPassword(PASSWORD), false,
                grants, null, false));
    }

    /** A job seeker account bound to a file. */
    public UserId jobSeeker(String username, ClientId file, String municipality) {
        if (accounts.exists(username)) {
            return accounts.idOf(username);
        }
        return accounts.create(new NewAccount(username, "Test " + username, null, accounts.hashPassword(PASSWORD), false,
                Map.of(Role.JOB_SEEKER, Set.of(new MunicipalityCode(municipality))), file.value(), false));
    }

    /** An EMPLOYER account of a municipality linked to one employer (created once, reused after). */
    public UserId employerUser(String username, java.util.UUID employerId, String municipality) {
        if (accounts.exists(username)) {
            return accounts.idOf(username);
        }
        return accounts.create(new NewAccount(username, "Test " + username, null, accounts.hashPassword(PASSWORD), false,
                Map.of(Role.EMPLOYER, Set.of(new MunicipalityCode(municipality))), null, false, employerId));
    }

    /** Registers an employer in a municipality, as that organisation's demo account manager; returns its id. */
    public nl.opstap.employer.EmployerId employer(nl.opstap.employer.Employers employers, String municipality, String name) {
        String manager = STADSKANAAL.equals(municipality) || VEENDAM.equals(municipality) ? "accountmanager.tdc" : "accountmanager.igsd";
        Access access = accounts.accessFor(accounts.idOf(manager), Permission.EMPLOYER_WRITE, Channel.BATCH);
        String kvk = String.valueOf(10_000_000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(89_999_999));
        return employers.importEmployers(access, java.util.List.of(new nl.opstap.employer.EmployerForm(kvk, name,
                nl.opstap.employer.SbiSection.C, "Markt", "1", "8331AB", "Steenwijk", municipality, 20, true, false, null, null)))
                .getFirst().id();
    }

    /** Registers a client in a municipality, as that municipality's demo caseworker. */
    public ClientId client(String municipality, String firstNames, String lastName) {
        return clients.register(caseworkerAccess(municipality), new NewClient(details(municipality, firstNames, lastName),
                null, null));
    }

    /** A fresh client of Stadskanaal, and Stadskanaal's caseworker: what the endpoint walks aim at. */
    public ForeignTarget foreignTarget() {
        String lastName = unique("Vreemd");
        var details = details(STADSKANAAL, "Geheim", lastName);
        ClientId client = clients.register(caseworkerAccess(STADSKANAAL), new NewClient(details, null, null));
        return new ForeignTarget(client, details.bsn(), lastName, accounts.idOf(CASEWORKERS.get(STADSKANAAL)));
    }

    public Access caseworkerAccess(String municipality) {
        return accounts.accessFor(accounts.idOf(CASEWORKERS.get(municipality)), Permission.CLIENT_WRITE, Channel.BATCH);
    }

    public static ClientDetails details(String municipality, String firstNames, String lastName) {
        return new ClientDetails(municipality, TestBsns.next(), firstNames, null, lastName, LocalDate.of(1984, 5, 17), null,
                "Kerkstraat", 12, null, "8331AB", "Steenwijk", null, null, null, null, null);
    }

    /** A name part no other test uses: letters only, as names must be. */
    public static String unique(String prefix) {
        StringBuilder name = new StringBuilder(prefix);
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < 8; i++) {
            name.append((char) ('a' + random.nextInt(26)));
        }
        return name.toString();
    }
}
