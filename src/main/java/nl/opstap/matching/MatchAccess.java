package nl.opstap.matching;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.opstap.access.Access;
import nl.opstap.access.Permission;
import nl.opstap.access.Scope;
import nl.opstap.audit.LogSubject;
import nl.opstap.audit.Outcome;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.audit.ProcessingActivity;
import nl.opstap.audit.ProcessingLog;
import nl.opstap.client.ClientRef;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Rule: matching shows clients only of municipalities where the user may both match and read clients; every
 * client shown, proposed or decided on is logged under MATCHING.
 */
@Component
class MatchAccess {

    static final ProcessingActivity ACTIVITY = ProcessingActivity.MATCHING;

    private final ProcessingLog log;

    MatchAccess(ProcessingLog log) {
        this.log = log;
    }

    /** The access to clients for someone matching with {@code access}; refused when there are none. */
    static Access clients(Access access) {
        Scope scope = access.user().scopeFor(Permission.CLIENT_READ).narrowedTo(access.scope().municipalities());
        if (scope.isEmpty()) {
            throw new AccessDeniedException("no client access for matching");
        }
        return new Access(access.user(), Permission.CLIENT_READ, scope, access.channel());
    }

    /** The access to employers, vacancies and workshops for someone matching with {@code access}, within its municipalities. */
    static Access employers(Access access) {
        return new Access(access.user(), Permission.EMPLOYER_READ,
                access.user().scopeFor(Permission.EMPLOYER_READ).narrowedTo(access.scope().municipalities()), access.channel());
    }

    /** The engine's municipality numbers of a scope. */
    static Set<Integer> municipalities(Scope scope) {
        return scope.municipalities().stream().map(ProfileMapper::municipality).collect(Collectors.toSet());
    }

    void logged(Access access, ProcessingAction action, List<ClientRef> clients) {
        log.record(access, ACTIVITY, action, Outcome.SUCCESS,
                clients.stream().map(c -> new LogSubject(c.id().value(), c.municipality())).toList());
    }
}
