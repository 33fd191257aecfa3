package nl.opstap.contract;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Demo tokens ({@code demo-token-<username>}, demo profile only) of a role that may use an endpoint, chosen by the path,
 * and now and then another role's (which must be refused with 403, never with a 5xx).
 */
final class RoleTokens {

    static final List<String> USERS = List.of("admin", "beheer.igsd", "consulent.steenwijkerland", "consulent.westerveld",
            "analist.igsd", "accountmanager.igsd", "accountmanager.ez.igsd", "jobcoach.igsd", "werkzoekende.demo", "werkgever.demo");

    /** Path prefix → the demo account that works there; the caseworker elsewhere. */
    private static final Map<String, String> BY_PATH = Map.ofEntries(Map.entry("/api/v1/mijn/", "werkzoekende.demo"),
            Map.entry("/api/v1/werkgever/", "werkgever.demo"), Map.entry("/api/v1/profielen", "werkgever.demo"),
            Map.entry("/api/v1/werkgevers", "accountmanager.igsd"), Map.entry("/api/v1/vacatures", "accountmanager.igsd"),
            Map.entry("/api/v1/convenanten", "accountmanager.igsd"), Map.entry("/api/v1/contactverzoeken", "accountmanager.igsd"),
            Map.entry("/api/v1/werkplaatsen", "accountmanager.igsd"), Map.entry("/api/v1/uitzendsessies", "accountmanager.igsd"),
            Map.entry("/api/v1/rapportages", "analist.igsd"), Map.entry("/api/v1/matching/eerlijkheid", "analist.igsd"),
            Map.entry("/api/v1/importen", "admin"), Map.entry("/api/v1/importvelden", "admin"), Map.entry("/api/v1/importkoppelingen", "admin"),
            Map.entry("/api/v1/exporten", "admin"), Map.entry("/api/v1/esco", "admin"), Map.entry("/api/v1/activiteiten", "admin"),
            Map.entry("/api/v1/uitvalredenen", "admin"), Map.entry("/api/v1/matching/gewichten", "admin"),
            Map.entry("/api/v1/plaatsingen", "jobcoach.igsd"), Map.entry("/api/v1/nazorg", "jobcoach.igsd"));

    private RoleTokens() {}

    static String bearer(String username) {
        return "Bearer demo-token-" + username;
    }

    static String userFor(String path) {
        return BY_PATH.entrySet().stream().filter(e -> path.startsWith(e.getKey())).map(Map.Entry::getValue).findFirst()
                .orElse("consulent.steenwijkerland");
    }

    static Arbitrary<String> forPath(String path) {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, Arbitraries.just(userFor(path))),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(USERS))).map(RoleTokens::bearer);
    }
}
