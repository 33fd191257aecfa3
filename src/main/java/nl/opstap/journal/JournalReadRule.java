package nl.opstap.journal;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import nl.opstap.access.CurrentUser;
import nl.opstap.access.Permission;
import nl.opstap.access.Role;
import nl.opstap.organisation.MunicipalityCode;

/**
 * Rule: which roles read which journal entry type. Health and care notes only for the caseworker; home
 * visits not for the jobcoach; employer contacts also for the account manager; administrators read no
 * journal text. A user reads by the roles they hold in the client's municipality, and writes (with
 * JOURNAL_WRITE) only the types a writing role of theirs there may read.
 */
public final class JournalReadRule {

    private static final Map<JournalType, Set<Role>> READERS = new EnumMap<>(Map.of(
            JournalType.GESPREKSVERSLAG, EnumSet.of(Role.CASEWORKER, Role.JOBCOACH, Role.ANALYST),
            JournalType.TELEFOONNOTITIE, EnumSet.of(Role.CASEWORKER, Role.JOBCOACH, Role.ANALYST),
            JournalType.HUISBEZOEK, EnumSet.of(Role.CASEWORKER, Role.ANALYST),
            JournalType.MEDISCH_ZORG, EnumSet.of(Role.CASEWORKER),
            JournalType.WERKGEVERSCONTACT, EnumSet.of(Role.CASEWORKER, Role.JOBCOACH, Role.ACCOUNT_MANAGER, Role.ANALYST),
            JournalType.OVERIG, EnumSet.of(Role.CASEWORKER, Role.JOBCOACH, Role.ANALYST)));

    private JournalReadRule() {}

    public static boolean mayRead(Role role, JournalType type) {
        return READERS.get(type).contains(role);
    }

    /** The types the user reads in the municipality. */
    public static Set<JournalType> readable(CurrentUser user, MunicipalityCode municipality) {
        Set<JournalType> types = EnumSet.noneOf(JournalType.class);
        user.grants().forEach((role, codes) -> {
            if (codes.contains(municipality)) {
                READERS.forEach((type, roles) -> {
                    if (roles.contains(role)) {
                        types.add(type);
                    }
                });
            }
        });
        return types;
    }

    /** The types the user may write in the municipality: readable by one of their roles there that may write. */
    public static Set<JournalType> writable(CurrentUser user, MunicipalityCode municipality) {
        Set<JournalType> types = EnumSet.noneOf(JournalType.class);
        user.grants().forEach((role, codes) -> {
            if (codes.contains(municipality) && role.grants(Permission.JOURNAL_WRITE)) {
                READERS.forEach((type, roles) -> {
                    if (roles.contains(role)) {
                        types.add(type);
                    }
                });
            }
        });
        return types;
    }

    /** Whether the user reads any type anywhere (whether the journal tab is shown). */
    public static boolean readsAny(CurrentUser user) {
        return user.roles().stream().anyMatch(role -> READERS.values().stream().anyMatch(r -> r.contains(role)));
    }
}
