package nl.opstap.access;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import nl.opstap.organisation.MunicipalityCode;
import org.jspecify.annotations.Nullable;

/** The signed-in user with the municipalities each of their roles holds for. */
public record CurrentUser(UserId id, String username, String displayName, Map<Role, Set<MunicipalityCode>> grants,
                          @Nullable UUID ownClientId, boolean economicAffairs, @Nullable UUID ownEmployerId) {

    /** Opstap itself, for what a scheduled job does (the processing log names it; it holds no roles). */
    public static final CurrentUser SYSTEM = new CurrentUser(new UserId(new UUID(0, 0)), "systeem", "Opstap (geplande taak)",
            Map.of(), null, false);

    /** A user not linked to an employer. */
    public CurrentUser(UserId id, String username, String displayName, Map<Role, Set<MunicipalityCode>> grants,
                       @Nullable UUID ownClientId, boolean economicAffairs) {
        this(id, username, displayName, grants, ownClientId, economicAffairs, null);
    }

    public CurrentUser {
        EnumMap<Role, Set<MunicipalityCode>> copy = new EnumMap<>(Role.class);
        grants.forEach((role, codes) -> copy.put(role, Set.copyOf(codes)));
        grants = java.util.Collections.unmodifiableMap(copy);
    }

    public Set<Role> roles() {
        return grants.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(grants.keySet());
    }

    public boolean hasRole(Role role) {
        return grants.containsKey(role);
    }

    public boolean can(Permission permission) {
        return !scopeFor(permission).isEmpty() || (permission == Permission.OWN_FILE && ownClientId != null);
    }

    /** Every municipality in which at least one of the user's roles grants the permission. */
    public Scope scopeFor(Permission permission) {
        Set<MunicipalityCode> codes = new TreeSet<>();
        grants.forEach((role, municipalities) -> {
            if (role.grants(permission)) {
                codes.addAll(municipalities);
            }
        });
        return Scope.of(codes);
    }

    /** The role under which the user exercises the permission in a municipality (the first in role order). */
    public Optional<Role> roleFor(Permission permission, MunicipalityCode municipality) {
        for (Role role : Role.values()) {
            Set<MunicipalityCode> codes = grants.get(role);
            if (codes != null && role.grants(permission) && codes.contains(municipality)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    /** Whether the user holds any of these roles in the municipality (for read rules on sensitive data). */
    public boolean holdsAnyIn(Collection<Role> roles, MunicipalityCode municipality) {
        return roles.stream().anyMatch(role -> grants.getOrDefault(role, Set.of()).contains(municipality));
    }

    public Set<MunicipalityCode> municipalities() {
        Set<MunicipalityCode> all = new TreeSet<>();
        grants.values().forEach(all::addAll);
        return all;
    }
}
