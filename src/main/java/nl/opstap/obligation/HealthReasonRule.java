package nl.opstap.obligation;

import java.util.EnumSet;
import java.util.Set;
import nl.opstap.access.CurrentUser;
import nl.opstap.access.Role;
import nl.opstap.organisation.MunicipalityCode;

/**
 * Who sees that an exemption was granted for medical or socio-medical reasons: health data, so only the
 * roles that work with the client on it (caseworker, jobcoach, team lead in the client's municipality).
 * Others see that there is an exemption, not why.
 */
final class HealthReasonRule {

    static final Set<Role> READERS = EnumSet.of(Role.CASEWORKER, Role.JOBCOACH, Role.ANALYST);

    private HealthReasonRule() {}

    static boolean mayRead(CurrentUser user, MunicipalityCode municipality) {
        return user.holdsAnyIn(READERS, municipality);
    }

    static Records.Exemption asSeenBy(CurrentUser user, MunicipalityCode municipality, Records.Exemption exemption) {
        return exemption.reason() != null && exemption.reason().concernsHealth() && !mayRead(user, municipality)
                ? exemption.screened() : exemption;
    }
}
