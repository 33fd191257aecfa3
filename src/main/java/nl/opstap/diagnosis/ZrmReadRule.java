package nl.opstap.diagnosis;

import java.util.EnumSet;
import java.util.Set;
import nl.opstap.access.CurrentUser;
import nl.opstap.access.Role;
import nl.opstap.organisation.MunicipalityCode;

/**
 * Who reads ZRM scores. They touch mental health, addiction and justice (special categories of personal
 * data), so only the roles that work with the client on them do: caseworker, jobcoach and team lead in
 * the client's municipality; not an account manager, not the application administrator.
 */
public final class ZrmReadRule {

    static final Set<Role> READERS = EnumSet.of(Role.CASEWORKER, Role.JOBCOACH, Role.ANALYST);

    private ZrmReadRule() {}

    public static boolean mayRead(CurrentUser user, MunicipalityCode municipality) {
        return user.holdsAnyIn(READERS, municipality);
    }

    static boolean keeps(CurrentUser user, DiagnosisFact fact) {
        return fact.kind() != FactKind.ZRM || mayRead(user, fact.municipality());
    }
}
