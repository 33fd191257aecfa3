package nl.opstap.access;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import nl.opstap.organisation.MunicipalityCode;

/**
 * Rule: roles from the IdP's role claim. A value {@code opstap:<ROLE>:<CBS code>} (e.g. {@code opstap:CASEWORKER:GM1708})
 * grants a staff role in a municipality Opstap knows; any other value (other applications' groups, JOB_SEEKER, EMPLOYER,
 * unknown municipalities) is ignored.
 */
final class StaffRoleClaims {

    static final String PREFIX = "opstap:";

    private StaffRoleClaims() {}

    static Map<Role, Set<MunicipalityCode>> grants(Collection<?> values, Predicate<MunicipalityCode> known) {
        Map<Role, Set<MunicipalityCode>> grants = new EnumMap<>(Role.class);
        for (Object value : values) {
            String[] parts = String.valueOf(value).strip().split(":");
            if (parts.length != 3 || !PREFIX.equals(parts[0] + ":")) {
                continue;
            }
            Role role = roleNamed(parts[1]);
            MunicipalityCode code = codeOf(parts[2]);
            if (role != null && role.isStaffRole() && role != Role.EMPLOYER && code != null && known.test(code)) {
                grants.computeIfAbsent(role, r -> new TreeSet<>()).add(code);
            }
        }
        return grants;
    }

    private static Role roleNamed(String name) {
        try {
            return Role.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static MunicipalityCode codeOf(String value) {
        try {
            return new MunicipalityCode(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
