package nl.opstap.obligation;

import nl.opstap.access.CurrentUser;
import nl.opstap.access.Permission;
import nl.opstap.organisation.MunicipalityCode;
import org.springframework.security.access.AccessDeniedException;

/**
 * Signals (verwijtbaar gedrag, fraudesignaal) and measures are read only by users who hold SIGNALS in
 * the client's municipality (caseworker, team lead); recording them also needs CLIENT_WRITE there.
 */
final class SignalVisibility {

    private SignalVisibility() {}

    static boolean mayRead(CurrentUser user, MunicipalityCode municipality) {
        return user.scopeFor(Permission.SIGNALS).contains(municipality);
    }

    static boolean mayWrite(CurrentUser user, MunicipalityCode municipality) {
        return mayRead(user, municipality) && user.scopeFor(Permission.CLIENT_WRITE).contains(municipality);
    }

    static void requireWrite(CurrentUser user, MunicipalityCode municipality) {
        if (!mayWrite(user, municipality)) {
            throw new AccessDeniedException("signals not writable");
        }
    }
}
