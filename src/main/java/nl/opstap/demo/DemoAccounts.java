package nl.opstap.demo;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.opstap.access.Role;
import nl.opstap.organisation.MunicipalityCode;

/** The documented demo accounts (README) with the roles and municipalities their names say. */
final class DemoAccounts {

    /** One password for every demo account; documented in the README, demo profile only. */
    static final String PASSWORD = "Opstap-demo-2026";

    /** The TOTP secret of the demo administrators (ADMIN must use a second factor); README, demo profile only. */
    static final String TOTP_SECRET = "OPSTAPDEMOTOTPGEHEIMVOORBEHEER23";

    record Spec(String username, String displayName, Map<Role, Set<MunicipalityCode>> grants, boolean economicAffairs) {}

    private static final Set<MunicipalityCode> IGSD = codes("GM1708", "GM1701");
    private static final Set<MunicipalityCode> TDC = codes("GM0037", "GM0047");
    private static final Set<MunicipalityCode> ALL = codes("GM1708", "GM1701", "GM0037", "GM0047");

    private DemoAccounts() {}

    static List<Spec> staff() {
        return List.of(
                new Spec("admin", "Functioneel beheerder", Map.of(Role.ADMIN, ALL), false),
                new Spec("beheer.igsd", "Beheerder IGSD", Map.of(Role.ADMIN, IGSD), false),
                new Spec("beheer.tdc", "Beheerder TDC", Map.of(Role.ADMIN, TDC), false),
                new Spec("consulent.steenwijkerland", "Sanne Bakker", Map.of(Role.CASEWORKER, codes("GM1708")), false),
                new Spec("consulent.westerveld", "Joost Mulder", Map.of(Role.CASEWORKER, codes("GM1701")), false),
                new Spec("consulent.stadskanaal", "Femke Hoekstra", Map.of(Role.CASEWORKER, codes("GM0037")), false),
                new Spec("consulent.veendam", "Ruben Smit", Map.of(Role.CASEWORKER, codes("GM0047")), false),
                new Spec("analist.igsd", "Inge de Boer", Map.of(Role.ANALYST, IGSD), false),
                new Spec("analist.tdc", "Marco Dijkstra", Map.of(Role.ANALYST, TDC), false),
                new Spec("accountmanager.igsd", "Linda Visser", Map.of(Role.ACCOUNT_MANAGER, IGSD), false),
                new Spec("accountmanager.ez.igsd", "Peter Kok", Map.of(Role.ACCOUNT_MANAGER, IGSD), true),
                new Spec("accountmanager.tdc", "Anouk Meijer", Map.of(Role.ACCOUNT_MANAGER, TDC), false),
                new Spec("jobcoach.igsd", "Kevin Bos", Map.of(Role.JOBCOACH, IGSD), false),
                new Spec("jobcoach.tdc", "Esther Vos", Map.of(Role.JOBCOACH, TDC), false),
                new Spec("werkgever.demo", "Bouwbedrijf De Vries (demo)", Map.of(Role.EMPLOYER, IGSD), false),
                new Spec("werkgever.tdc", "Installatietechniek Oost (demo)", Map.of(Role.EMPLOYER, TDC), false));
    }

    static boolean isAdministrator(Spec spec) {
        return spec.grants().containsKey(Role.ADMIN);
    }

    static MunicipalityCode code(String value) {
        return new MunicipalityCode(value);
    }

    private static Set<MunicipalityCode> codes(String... values) {
        return Set.of(values).stream().map(MunicipalityCode::new).collect(java.util.stream.Collectors.toSet());
    }
}
