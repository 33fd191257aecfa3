package nl.opstap.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.Channel;
import nl.opstap.access.CurrentUser;
import nl.opstap.access.Permission;
import nl.opstap.access.Role;
import nl.opstap.access.UserId;
import nl.opstap.client.ClientId;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.worklist.WorkItem;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;

/** Open signals reach only worklists of users who may see signals in every municipality the list covers. */
class ObligationWorklistTest {

    static final MunicipalityCode GM1708 = new MunicipalityCode("GM1708");
    static final MunicipalityCode GM1701 = new MunicipalityCode("GM1701");
    final ObligationWorklist worklist = new ObligationWorklist(mock(Obligations.class), mock(MessageSource.class));
    final WorkItem signal = new WorkItem(new ClientId(UUID.randomUUID()), ObligationWorklist.OPEN_SIGNAL, LocalDate.now(), "x", null);
    final WorkItem recheck = new WorkItem(new ClientId(UUID.randomUUID()), "worklist.kind.recheck", LocalDate.now(), "x", null);

    static Access access(Map<Role, Set<MunicipalityCode>> grants, Permission permission) {
        CurrentUser user = new CurrentUser(new UserId(UUID.randomUUID()), "u", "U", grants, null, false);
        return new Access(user, permission, user.scopeFor(permission), Channel.WEB);
    }

    @Test
    void aCaseworkerAndATeamLeadSeeOpenSignals() {
        assertThat(worklist.visibleTo(access(Map.of(Role.CASEWORKER, Set.of(GM1708)), Permission.CLIENT_WRITE), signal)).isTrue();
        assertThat(worklist.visibleTo(access(Map.of(Role.ANALYST, Set.of(GM1708, GM1701)), Permission.OVERVIEW), signal)).isTrue();
    }

    @Test
    void aUserWithoutSignalsInOneOfTheMunicipalitiesDoesNot() {
        Access mixed = access(Map.of(Role.ANALYST, Set.of(GM1708), Role.ADMIN, Set.of(GM1701)), Permission.CLIENT_READ);
        assertThat(worklist.visibleTo(mixed, signal)).isFalse();
        assertThat(worklist.visibleTo(mixed, recheck)).isTrue();
        assertThat(worklist.visibleTo(access(Map.of(Role.JOBCOACH, Set.of(GM1708)), Permission.CLIENT_READ), signal)).isFalse();
    }
}
