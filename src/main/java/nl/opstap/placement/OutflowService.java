package nl.opstap.placement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.opstap.access.Access;
import nl.opstap.audit.LogSubject;
import nl.opstap.audit.Outcome;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.audit.ProcessingActivity;
import nl.opstap.audit.ProcessingLog;
import nl.opstap.client.BenefitChange;
import nl.opstap.client.BenefitSpan;
import nl.opstap.client.BenefitSpans;
import nl.opstap.client.BenefitStatus;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientId;
import nl.opstap.client.ClientRef;
import nl.opstap.shared.domain.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outflow and re-entry. A full outflow ends the benefit in the client's history and a re-entry after it starts the
 * benefit again, so durability is computed from that history and the placements, never typed in.
 */
@Service
class OutflowService {

    /** An outflow with its durability at 3, 6 and 12 months and the re-entry that followed it, if any. */
    record OutflowView(Outflow outflow, List<Durability.Check> durability, @Nullable ReEntry reEntry) {}

    private final Outflows outflows;
    private final Placements placements;
    private final ClientDirectory clients;
    private final BenefitSpans benefits;
    private final PlacementSettings settings;
    private final ProcessingLog log;
    private final Clock clock;

    OutflowService(Outflows outflows, Placements placements, ClientDirectory clients, BenefitSpans benefits, PlacementSettings settings,
                   ProcessingLog log, Clock clock) {
        this.outflows = outflows;
        this.placements = placements;
        this.clients = clients;
        this.benefits = benefits;
        this.settings = settings;
        this.log = log;
        this.clock = clock;
    }

    @Transactional
    Outflow register(Access access, ClientId id, OutflowForm form) {
        ClientRef client = clients.inScope(access, id, ProcessingActivity.PLACEMENT, ProcessingAction.CREATE);
        clients.lockForChange(id);
        Placement placement = form.placement() == null ? null : placements.ofClient(id.value()).stream()
                .filter(p -> p.id().equals(form.placement())).findFirst()
                .orElseThrow(() -> RuleViolation.of(OutflowForm.class, "placement", "unknown", "Kies een plaatsing van deze werkzoekende."));
        OutflowRules.checkOutflow(form, benefits.of(id), placement, today());
        if (form.extent() == OutflowExtent.FULL) {
            clients.changeBenefit(access, id, new BenefitChange(null, form.date()));
        }
        Outflow o = new Outflow(UUID.randomUUID(), id.value(), client.municipality().value(), form.date(), form.reason(), form.extent(),
                form.placement());
        outflows.insert(o, clock.instant(), access.user().id().value());
        logged(access, ProcessingAction.CREATE, client);
        return o;
    }

    /** Records a return on benefit after the latest outflow, starting the benefit again after a full outflow. */
    @Transactional
    ReEntry reEnter(Access access, ClientId id, ReEntryForm form) {
        ClientRef client = clients.inScope(access, id, ProcessingActivity.PLACEMENT, ProcessingAction.CREATE);
        clients.lockForChange(id);
        Set<UUID> followed = outflows.reEntriesOf(id.value()).stream().map(ReEntry::outflow).collect(Collectors.toSet());
        Outflow latest = outflows.ofClient(id.value()).stream().findFirst().filter(o -> !followed.contains(o.id())).orElse(null);
        OutflowRules.checkReEntry(form.date(), latest, today());
        List<BenefitSpan> history = benefits.of(id);
        boolean running = history.stream().anyMatch(s -> s.paysBenefit() && s.to() == null && !s.from().isAfter(form.date()));
        if (latest.extent() == OutflowExtent.FULL && !running) {
            BenefitStatus before = history.stream().filter(s -> latest.date().equals(s.to())).map(BenefitSpan::status).findFirst()
                    .orElse(BenefitStatus.RECIPIENT);
            clients.changeBenefit(access, id, new BenefitChange(before, form.date()));
        }
        RevolvingDoor rule = settings.revolvingDoorRule();
        ReEntry r = new ReEntry(UUID.randomUUID(), id.value(), client.municipality().value(), form.date(), latest.id(),
                rule.applies(latest.date(), form.date()), settings.revolvingDoorMonths());
        outflows.insert(r, clock.instant(), access.user().id().value());
        logged(access, ProcessingAction.CREATE, client);
        return r;
    }

    /** The client's outflows, newest first, each with its durability and re-entry. */
    @Transactional
    List<OutflowView> history(Access access, ClientId id) {
        ClientRef client = clients.inScope(access, id, ProcessingActivity.PLACEMENT, ProcessingAction.READ);
        logged(access, ProcessingAction.READ, client);
        return views(id);
    }

    List<OutflowView> views(ClientId id) {
        List<Durability.Span> onBenefit = benefits.of(id).stream().filter(BenefitSpan::paysBenefit)
                .map(s -> new Durability.Span(s.from(), s.to())).toList();
        List<Durability.Span> working = placements.ofClient(id.value()).stream().filter(p -> p.type().isPaidWork())
                .map(p -> new Durability.Span(p.start(), p.end() == null ? null : p.end().plusDays(1))).toList();
        Map<UUID, ReEntry> reEntries = outflows.reEntriesOf(id.value()).stream().collect(Collectors.toMap(ReEntry::outflow, r -> r));
        LocalDate today = today();
        return outflows.ofClient(id.value()).stream().map(o -> new OutflowView(o,
                List.copyOf(Durability.of(o.date(), onBenefit, working, today).values()), reEntries.get(o.id()))).toList();
    }

    Optional<ReEntry> latestReEntry(ClientId id) {
        return outflows.reEntriesOf(id.value()).stream().findFirst();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private void logged(Access access, ProcessingAction action, ClientRef client) {
        log.record(access, ProcessingActivity.PLACEMENT, action, Outcome.SUCCESS, List.of(new LogSubject(client.id().value(), client.municipality())));
    }
}
