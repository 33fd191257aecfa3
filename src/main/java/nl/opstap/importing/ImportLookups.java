package nl.opstap.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.opstap.access.Access;
import nl.opstap.access.Role;
import nl.opstap.access.UserDirectory;
import nl.opstap.access.UserId;
import nl.opstap.access.UserSummary;
import nl.opstap.organisation.Municipalities;
import nl.opstap.organisation.Municipality;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.taxonomy.Sector;
import nl.opstap.taxonomy.Sectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Turns what a file names into Opstap's identifiers, for the caller's municipalities only: a municipality by code
 * or name, a caseworker by username or name, a sector by code or name. Built once per run, so a row costs map
 * look-ups, not queries.
 */
@Component
class ImportLookups {

    private final Municipalities municipalities;
    private final UserDirectory users;
    private final Sectors sectors;

    ImportLookups(Municipalities municipalities, UserDirectory users, Sectors sectors) {
        this.municipalities = municipalities;
        this.users = users;
        this.sectors = sectors;
    }

    Lookup forAccess(Access access) {
        Map<String, String> byName = new HashMap<>();
        Map<String, Map<String, UserId>> caseworkers = new HashMap<>();
        Map<String, Map<String, String>> sectorCodes = new HashMap<>();
        for (Municipality m : municipalities.of(access.scope().municipalities())) {
            String code = m.code().value();
            byName.put(DutchValues.normalise(code), code);
            byName.put(DutchValues.normalise(m.name()), code);
            Map<String, UserId> people = new HashMap<>();
            for (UserSummary u : users.holding(Role.CASEWORKER, List.of(m.code()))) {
                people.putIfAbsent(DutchValues.normalise(u.displayName()), u.id());
                people.put(DutchValues.normalise(u.username()), u.id());
            }
            caseworkers.put(code, people);
            Map<String, String> codes = new HashMap<>();
            for (Sector s : sectors.forMunicipality(m.code())) {
                codes.put(DutchValues.normalise(s.code()), s.code());
                codes.put(DutchValues.normalise(s.name()), s.code());
            }
            sectorCodes.put(code, codes);
        }
        return new Lookup(byName, caseworkers, sectorCodes);
    }

    /** The look-up tables of one run. */
    record Lookup(Map<String, String> municipalities, Map<String, Map<String, UserId>> caseworkers,
                  Map<String, Map<String, String>> sectors) {

        @Nullable String municipality(String text) {
            return municipalities.get(DutchValues.normalise(text));
        }

        @Nullable UserId caseworker(String text, String municipality) {
            return caseworkers.getOrDefault(municipality, Map.of()).get(DutchValues.normalise(text));
        }

        @Nullable String sector(String text, String municipality) {
            return sectors.getOrDefault(municipality, Map.of()).get(DutchValues.normalise(text));
        }

        boolean knowsMunicipality(MunicipalityCode code) {
            return caseworkers.containsKey(code.value());
        }
    }
}
