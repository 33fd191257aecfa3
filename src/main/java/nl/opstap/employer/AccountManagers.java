package nl.opstap.employer;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opstap.access.Channel;
import nl.opstap.access.Permission;
import nl.opstap.access.Role;
import nl.opstap.access.UserAccounts;
import nl.opstap.access.UserDirectory;
import nl.opstap.access.UserId;
import nl.opstap.access.UserSummary;
import nl.opstap.organisation.MunicipalityCode;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The account managers an employer can be assigned to, through the access module's public API. */
@Component
class AccountManagers {

    private final UserDirectory users;
    private final UserAccounts accounts;

    AccountManagers(UserDirectory users, UserAccounts accounts) {
        this.users = users;
        this.accounts = accounts;
    }

    List<UserSummary> in(java.util.Collection<MunicipalityCode> municipalities) {
        return users.holding(Role.ACCOUNT_MANAGER, municipalities);
    }

    Map<UserId, String> names(java.util.Collection<UserId> ids) {
        return users.displayNames(ids);
    }

    void check(String field, ManagerKind kind, @Nullable UUID manager, MunicipalityCode municipality) {
        if (manager == null) {
            return;
        }
        UserId id = new UserId(manager);
        boolean holds = users.holds(id, Role.ACCOUNT_MANAGER, municipality);
        EmployerRules.checkManager(field, kind, holds, holds && economicAffairs(id));
    }

    /** The only public way to read the EZ flag of another account is the account's access; it is used for nothing else. */
    private boolean economicAffairs(UserId id) {
        try {
            return accounts.accessFor(id, Permission.EMPLOYER_READ, Channel.BATCH).user().economicAffairs();
        } catch (IllegalArgumentException disabled) {
            return false;
        }
    }
}
