package nl.opstap.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import nl.opstap.access.Access;
import nl.opstap.access.Channel;
import nl.opstap.access.CurrentUser;
import nl.opstap.access.Permission;
import nl.opstap.access.Role;
import nl.opstap.access.Scope;
import nl.opstap.access.UserDirectory;
import nl.opstap.access.UserId;
import nl.opstap.audit.ProcessingLog;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientId;
import nl.opstap.client.ClientRef;
import nl.opstap.organisation.MunicipalityCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;

/** How a worklist is put together from the modules' items: grouping, order, window, filter, logging. */
class WorklistsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final MunicipalityCode GM1708 = new MunicipalityCode("GM1708");

    final ClientDirectory clients = mock(ClientDirectory.class);
    final UserDirectory users = mock(UserDirectory.class);
    final ProcessingLog log = mock(ProcessingLog.class);
    final WorklistContributor contributor = mock(WorklistContributor.class);
    final UserId me = new UserId(UUID.randomUUID());
    final Access access = new Access(new CurrentUser(me, "kees", "Kees", Map.of(Role.CASEWORKER, Set.of(GM1708)), null, false),
            Permission.CLIENT_WRITE, Scope.of(List.of(GM1708)), Channel.WEB);
    final ClientRef anna = ref("Anna Bakker", me);
    final ClientRef bert = ref("Bert Smit", me);
    final ClientRef carla = ref("Carla Dijk", null);

    @SuppressWarnings("unchecked")
    Worklists worklists() {
        ObjectProvider<WorklistContributor> provider = mock(ObjectProvider.class);
        when(provider.orderedStream()).thenAnswer(i -> Stream.of(contributor));
        when(contributor.visibleTo(any(), any())).thenReturn(true);
        Clock clock = Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Europe/Amsterdam")).toInstant(), ZoneId.of("Europe/Amsterdam"));
        return new Worklists(clients, provider, users, log, clock);
    }

    static ClientRef ref(String name, UserId caseworker) {
        return new ClientRef(new ClientId(UUID.randomUUID()), GM1708, "Steenwijkerland", name, LocalDate.of(1990, 1, 1), caseworker);
    }

    static WorkItem item(ClientRef client, String kind, LocalDate due) {
        return new WorkItem(client.id(), "worklist.kind." + kind, due, kind, null);
    }

    @Test
    void groupsPerClientEarliestFirstAndLeavesOutWhatIsNotYetDue() {
        when(clients.refs(access, me)).thenReturn(List.of(anna, bert));
        when(contributor.itemsFor(anyList(), eq(TODAY), eq(TODAY.plusWeeks(2)))).thenReturn(List.of(
                item(anna, "plan", TODAY.plusDays(3)), item(bert, "recheck", TODAY.minusDays(10)),
                item(anna, "recheck", TODAY.minusDays(1)), item(bert, "activity", TODAY.plusMonths(2))));

        Worklist list = worklists().of(access, me, WorklistFilter.NONE);

        assertThat(list.lines()).extracting(l -> l.client().fullName()).containsExactly("Bert Smit", "Anna Bakker");
        assertThat(list.lines().get(1).items()).extracting(WorkItem::kindKey)
                .containsExactly("worklist.kind.recheck", "worklist.kind.plan");
        assertThat(list.itemCount()).isEqualTo(3);
        assertThat(list.overdueCount()).isEqualTo(2);
        verify(log).record(eq(access), any(), any(), any(), anyList());
    }

    @Test
    void aFilterNarrowsTheListAndNothingShownIsNothingLogged() {
        when(clients.refs(access, me)).thenReturn(List.of(anna));
        when(contributor.itemsFor(anyList(), any(), any())).thenReturn(List.of(item(anna, "plan", TODAY.plusDays(3))));

        Worklist list = worklists().of(access, me, new WorklistFilter(null, true));

        assertThat(list.lines()).isEmpty();
        verify(log, never()).record(any(), any(), any(), any(), anyList());
    }

    @Test
    void theUnassignedListHoldsOnlyClientsWithoutCaseworker() {
        when(clients.refs(access, null)).thenReturn(List.of(anna, carla));
        when(contributor.itemsFor(anyList(), any(), any())).thenReturn(List.of(
                item(anna, "plan", TODAY), item(carla, "plan", TODAY)));

        assertThat(worklists().of(access, null, WorklistFilter.NONE).lines()).extracting(l -> l.client().fullName())
                .containsExactly("Carla Dijk");
    }

    @Test
    void theTeamOverviewCountsPerCaseworkerAndUnassigned() {
        UserId colleague = new UserId(UUID.randomUUID());
        when(clients.refs(access, null)).thenReturn(List.of(anna, bert, carla));
        when(users.holding(eq(Role.CASEWORKER), any())).thenReturn(List.of(
                new nl.opstap.access.UserSummary(me, "kees", "Kees"), new nl.opstap.access.UserSummary(colleague, "ina", "Ina")));
        when(users.displayNames(any())).thenReturn(Map.of(me, "Kees"));
        when(contributor.itemsFor(anyList(), any(), any())).thenReturn(List.of(
                item(anna, "plan", TODAY.minusDays(1)), item(bert, "plan", TODAY), item(carla, "plan", TODAY)));

        List<TeamRow> rows = worklists().team(access);

        assertThat(rows).extracting(TeamRow::name, TeamRow::clients, TeamRow::items, TeamRow::overdue).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Ina", 0, 0L, 0L), org.assertj.core.groups.Tuple.tuple("Kees", 2, 2L, 1L),
                org.assertj.core.groups.Tuple.tuple(null, 1, 1L, 0L));
        assertThat(rows.getLast().key()).isEqualTo("geen");
    }
}
