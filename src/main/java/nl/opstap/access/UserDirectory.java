package nl.opstap.access;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.opstap.organisation.MunicipalityCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read-only look-ups of users for other modules (e.g. the caseworkers of a municipality). */
@Service
@Transactional(readOnly = true)
public class UserDirectory {

    private final Users users;

    UserDirectory(Users users) {
        this.users = users;
    }

    public Map<UserId, String> displayNames(Collection<UserId> ids) {
        return users.displayNames(ids);
    }

    public Optional<UserSummary> find(UserId id) {
        return users.findById(id).map(UserDirectory::summary);
    }

    /** Active users holding the role in any of the municipalities, by name. */
    public List<UserSummary> holding(Role role, Collection<MunicipalityCode> municipalities) {
        return users.holding(role, municipalities).stream().map(UserDirectory::summary).toList();
    }

    /** Whether the user is active and holds the role in the municipality. */
    public boolean holds(UserId id, Role role, MunicipalityCode municipality) {
        return users.findById(id)
                .filter(UserAccount::enabled)
                .map(a -> a.grants().getOrDefault(role, java.util.Set.of()).contains(municipality))
                .orElse(false);
    }

    /**
     * The accounts holding a role in any of the municipalities, each with only its roles there, for a migration export.
     * No password hash, token or secret leaves this module.
     */
    public List<UserTransfer> forTransfer(Collection<MunicipalityCode> municipalities) {
        return users.withRoleIn(municipalities).stream().map(a -> {
            Map<String, List<String>> roles = new java.util.TreeMap<>();
            a.grants().forEach((role, codes) -> {
                List<String> inside = codes.stream().filter(municipalities::contains).map(MunicipalityCode::value).sorted().toList();
                if (!inside.isEmpty()) {
                    roles.put(role.name(), inside);
                }
            });
            return new UserTransfer(a.id().value(), a.username(), a.displayName(), a.email(), a.enabled(), a.economicAffairs(),
                    a.lastSignInAt(), a.clientId(), a.employerId(), roles);
        }).toList();
    }

    private static UserSummary summary(UserAccount account) {
        return new UserSummary(account.id(), account.username(), account.displayName());
    }
}
