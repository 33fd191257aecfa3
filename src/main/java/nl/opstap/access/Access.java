package nl.opstap.access;

import nl.opstap.organisation.MunicipalityCode;
import org.springframework.security.access.AccessDeniedException;

/**
 * The outcome of a passed access check: who, for which permission, over which municipalities,
 * through which channel. Use cases take it to filter their queries and to write the processing log.
 */
public record Access(CurrentUser user, Permission permission, Scope scope, Channel channel) {

    /** Throws unless the municipality lies in this access's scope. */
    public void requireIn(MunicipalityCode municipality) {
        if (!scope.contains(municipality)) {
            throw new AccessDeniedException("municipality outside scope");
        }
    }

    /**
     * The same user and channel acting under another permission, in every municipality where they hold it (e.g. reading
     * employer names beside a client's placement). The caller decides whether that wider reach suits its use.
     */
    public Access as(Permission other) {
        return new Access(user, other, user.scopeFor(other), channel);
    }

    /** The employer an EMPLOYER account acts for; throws when the account is not linked to one. */
    public java.util.UUID ownEmployerId() {
        java.util.UUID employer = user.ownEmployerId();
        if (employer == null) {
            throw new AccessDeniedException("account not linked to an employer");
        }
        return employer;
    }

    /** The role the user acts in for this municipality, for the processing log. */
    public Role roleIn(MunicipalityCode municipality) {
        return user.roleFor(permission, municipality)
                .orElseThrow(() -> new AccessDeniedException("no role for municipality"));
    }
}
