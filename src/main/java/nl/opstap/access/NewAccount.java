package nl.opstap.access;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.opstap.organisation.MunicipalityCode;
import org.jspecify.annotations.Nullable;

/**
 * An account to create. {@code passwordHash} comes from {@link UserAccounts#hashPassword}; a
 * {@code clientId} links a JOB_SEEKER account to its own file, an {@code employerId} an EMPLOYER account to its employer.
 */
public record NewAccount(String username, String displayName, @Nullable String email, String passwordHash,
                         boolean mustChangePassword, Map<Role, Set<MunicipalityCode>> grants,
                         @Nullable UUID clientId, boolean economicAffairs, @Nullable UUID employerId) {

    /** An account not linked to an employer. */
    public NewAccount(String username, String displayName, @Nullable String email, String passwordHash,
                      boolean mustChangePassword, Map<Role, Set<MunicipalityCode>> grants,
                      @Nullable UUID clientId, boolean economicAffairs) {
        this(username, displayName, email, passwordHash, mustChangePassword, grants, clientId, economicAffairs, null);
    }
}
