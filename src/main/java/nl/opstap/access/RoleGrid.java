package nl.opstap.access;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.opstap.organisation.MunicipalityCode;

/** Converts the role grid's checkbox values ("ROLE@GM0000") to grants and back. */
final class RoleGrid {

    private RoleGrid() {}

    static String cell(Role role, MunicipalityCode municipality) {
        return role.name() + "@" + municipality.value();
    }

    /** Parses the checked cells; anything malformed, unknown or not a staff role is ignored. */
    static Map<Role, Set<MunicipalityCode>> parse(List<String> cells) {
        Map<Role, Set<MunicipalityCode>> grants = new EnumMap<>(Role.class);
        for (String cell : cells) {
            String[] parts = cell.split("@", 2);
            if (parts.length != 2 || !MunicipalityCode.isValid(parts[1])) {
                continue;
            }
            try {
                Role role = Role.valueOf(parts[0]);
                if (role.isStaffRole()) {
                    grants.computeIfAbsent(role, r -> new TreeSet<>()).add(new MunicipalityCode(parts[1]));
                }
            } catch (IllegalArgumentException ignored) {
                // an unknown role name is not a grant
            }
        }
        return grants;
    }

    static List<String> cells(Map<Role, Set<MunicipalityCode>> grants) {
        return grants.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(m -> cell(e.getKey(), m)))
                .sorted().toList();
    }
}
