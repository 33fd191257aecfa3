package nl.opstap.placement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.audit.LogSubject;
import nl.opstap.audit.Outcome;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.audit.ProcessingActivity;
import nl.opstap.audit.ProcessingLog;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientId;
import nl.opstap.client.ClientRef;
import nl.opstap.shared.domain.NotFoundException;
import nl.opstap.shared.domain.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follow-up (nazorg): recording held contacts, reopening support after a signal and closing it again, and the list
 * of contacts due and overdue (a jobcoach's own placements, or all in scope). Every read and write is logged.
 */
@Service
class FollowUpService {

    /** A due contact with the client's name, for the follow-up worklist. */
    record DueLine(FollowUps.Due due, ClientRef client, boolean overdue) {}

    private final Placements placements;
    private final FollowUps followUps;
    private final ClientDirectory clients;
    private final ProcessingLog log;
    private final Clock clock;

    FollowUpService(Placements placements, FollowUps followUps, ClientDirectory clients, ProcessingLog log, Clock clock) {
        this.placements = placements;
        this.followUps = followUps;
        this.clients = clients;
        this.log = log;
        this.clock = clock;
    }

    /** Records a held contact of a placement in scope; on a signal the coach may reopen support at once. */
    @Transactional
    void record(Access access, UUID placementId, UUID followUp, FollowUpRecord record) {
        Placement p = placements.find(access.scope(), placementId).orElseThrow(() -> new NotFoundException("Plaatsing"));
        ClientRef client = clients.inScope(access, new ClientId(p.client()), ProcessingActivity.PLACEMENT, ProcessingAction.UPDATE);
        record.check(p.start(), today());
        if (!followUps.record(p.id(), followUp, record, access.user().id().value())) {
            throw new NotFoundException("Nazorgcontact");
        }
        if (Boolean.TRUE.equals(record.reopenSupport()) && !followUps.reopenedFor(followUp)) {
            followUps.reopen(UUID.randomUUID(), p.id(), followUp, p.client(), p.municipality(), record.held(), access.user().id().value());
        }
        logged(access, ProcessingAction.UPDATE, List.of(client));
    }

    /** Closes reopened support: the coach has dealt with the signal. */
    @Transactional
    void close(Access access, UUID placementId, UUID reopening) {
        Placement p = placements.find(access.scope(), placementId).orElseThrow(() -> new NotFoundException("Plaatsing"));
        ClientRef client = clients.inScope(access, new ClientId(p.client()), ProcessingActivity.PLACEMENT, ProcessingAction.UPDATE);
        FollowUps.Reopening r = followUps.reopening(p.id(), reopening).orElseThrow(() -> new NotFoundException("Heropende ondersteuning"));
        if (r.closedOn() != null || !followUps.close(r.id(), today(), access.user().id().value())) {
            throw RuleViolation.conflict(null, "reopening", "closed", "Deze ondersteuning is al afgesloten.");
        }
        logged(access, ProcessingAction.UPDATE, List.of(client));
    }

    List<FollowUps.Reopening> reopenings(UUID placement) {
        return followUps.reopenings(placement);
    }

    /**
     * Contacts not held and due within {@code lookAhead} days, overdue ones first: of the placements the jobcoach coaches,
     * or of every placement in scope when {@code jobcoach} is null. The clients shown are logged as a LIST.
     */
    @Transactional
    List<DueLine> due(Access access, @Nullable UUID jobcoach, int lookAhead) {
        LocalDate today = today();
        List<FollowUps.Due> due = followUps.due(access.scope(), jobcoach, today, today.plusDays(lookAhead));
        Map<ClientId, ClientRef> refs = clients.refsOf(access, due.stream().map(d -> new ClientId(d.client())).distinct().toList()).stream()
                .collect(java.util.stream.Collectors.toMap(ClientRef::id, r -> r));
        List<DueLine> lines = due.stream().filter(d -> refs.containsKey(new ClientId(d.client())))
                .map(d -> new DueLine(d, refs.get(new ClientId(d.client())), d.due().isBefore(today))).toList();
        logged(access, ProcessingAction.LIST, lines.stream().map(DueLine::client).distinct().toList());
        return lines;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private void logged(Access access, ProcessingAction action, List<ClientRef> shown) {
        log.record(access, ProcessingActivity.PLACEMENT, action, Outcome.SUCCESS,
                shown.stream().map(c -> new LogSubject(c.id().value(), c.municipality())).toList());
    }
}
