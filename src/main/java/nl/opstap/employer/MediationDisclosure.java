package nl.opstap.employer;

import java.util.Optional;
import nl.opstap.access.Access;
import nl.opstap.access.Permission;
import nl.opstap.organisation.MunicipalityCode;

/**
 * Who may see which client a mediation is linked to. The CRM is shared by everyone who reads employers, but a
 * linked client's name is client data: only a user whose roles grant CLIENT_READ in the employer's municipality
 * sees it (and only through {@code ClientDirectory.inScope}); anyone else learns only that a client is linked.
 */
final class MediationDisclosure {

    private MediationDisclosure() {}

    /** The caller's access to the clients of the municipality, when one of their roles grants reading them there. */
    static Optional<Access> clientAccess(Access access, MunicipalityCode municipality) {
        var scope = access.user().scopeFor(Permission.CLIENT_READ);
        if (!scope.contains(municipality)) {
            return Optional.empty();
        }
        return Optional.of(new Access(access.user(), Permission.CLIENT_READ, scope, access.channel()));
    }

    static boolean mayShowClient(Access access, MunicipalityCode municipality) {
        return clientAccess(access, municipality).isPresent();
    }
}
