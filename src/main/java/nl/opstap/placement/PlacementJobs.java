package nl.opstap.placement;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.Channel;
import nl.opstap.access.CurrentUser;
import nl.opstap.access.Permission;
import nl.opstap.access.Scope;
import nl.opstap.audit.LogSubject;
import nl.opstap.audit.Outcome;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.audit.ProcessingActivity;
import nl.opstap.audit.ProcessingLog;
import nl.opstap.client.BenefitSpan;
import nl.opstap.client.BenefitSpans;
import nl.opstap.client.ClientId;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.shared.jobs.OnceAcrossInstances;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The nightly placement jobs, each once across instances: plan the follow-up contacts a placement lacks under the
 * configured schedule (after a change of schedule, or for placements stored without them); record as re-entry a
 * benefit started again by hand after a full outflow, and re-flag re-entries when the revolving-door window has
 * changed. All are idempotent; what they change is logged as the system's.
 */
@Component
class PlacementJobs {

    static final String PLANNING = "placement-follow-up-planning";
    static final String FLAGS = "placement-revolving-door-flags";
    static final CurrentUser SYSTEM = CurrentUser.SYSTEM;
    private static final Logger log = LoggerFactory.getLogger(PlacementJobs.class);

    private final Placements placements;
    private final FollowUps followUps;
    private final Outflows outflows;
    private final BenefitSpans benefits;
    private final PlacementSettings settings;
    private final OnceAcrossInstances once;
    private final TransactionTemplate tx;
    private final ProcessingLog processingLog;
    private final Clock clock;

    PlacementJobs(Placements placements, FollowUps followUps, Outflows outflows, BenefitSpans benefits, PlacementSettings settings,
                  OnceAcrossInstances once, TransactionTemplate tx, ProcessingLog processingLog, Clock clock) {
        this.benefits = benefits;
        this.placements = placements;
        this.followUps = followUps;
        this.outflows = outflows;
        this.settings = settings;
        this.once = once;
        this.tx = tx;
        this.processingLog = processingLog;
        this.clock = clock;
    }

    @Scheduled(cron = "${opstap.placement.jobs-cron:0 30 2 * * *}", zone = "Europe/Amsterdam")
    void nightly() {
        Integer planned = once.run(PLANNING, Duration.ofHours(1), Duration.ofMinutes(10), () -> tx.execute(s -> planFollowUps()));
        Integer flagged = once.run(FLAGS, Duration.ofHours(1), Duration.ofMinutes(10),
                () -> tx.execute(s -> detectReEntries() + reflagRevolvingDoors()));
        log.info("Placement jobs: {} follow-up contacts planned, {} re-entries found or re-flagged (null = ran elsewhere)", planned, flagged);
    }

    /** Plans the missing contacts of placements still within reach of the schedule; returns how many. */
    int planFollowUps() {
        FollowUpSchedule schedule = settings.schedule();
        LocalDate today = LocalDate.now(clock);
        List<Placement> recent = placements.startedSince(today.minusMonths(schedule.months().getLast() + 1L));
        Set<String> planned = followUps.plannedKeys(recent.stream().map(Placement::id).toList());
        Map<UUID, LogSubject> touched = new LinkedHashMap<>();
        int count = 0;
        for (Placement p : recent) {
            List<LocalDate> due = schedule.dueDates(p.start());
            for (int i = 0; i < due.size(); i++) {
                for (String party : PlacementService.PARTIES) {
                    if (!planned.contains(FollowUps.key(p.id(), schedule.months().get(i), party))) {
                        followUps.insert(p.id(), p.municipality(), schedule.months().get(i), party, due.get(i));
                        touched.put(p.client(), new LogSubject(p.client(), new MunicipalityCode(p.municipality())));
                        count++;
                    }
                }
            }
        }
        logged(ProcessingAction.CREATE, new ArrayList<>(touched.values()));
        return count;
    }

    /**
     * A caseworker may start the benefit again in the client's file instead of recording a re-entry: the first paid
     * benefit period after a full outflow is then recorded as its re-entry, flagged like any other. Returns how many.
     */
    int detectReEntries() {
        List<Outflow> open = outflows.fullWithoutReEntry();
        Map<ClientId, List<BenefitSpan>> spans = benefits.of(open.stream().map(o -> new ClientId(o.client())).toList());
        RevolvingDoor rule = settings.revolvingDoorRule();
        List<LogSubject> touched = new ArrayList<>();
        for (Outflow o : open) {
            spans.getOrDefault(new ClientId(o.client()), List.of()).stream().filter(s -> s.paysBenefit() && s.from().isAfter(o.date()))
                    .findFirst().ifPresent(s -> {
                        outflows.insert(new ReEntry(UUID.randomUUID(), o.client(), o.municipality(), s.from(), o.id(),
                                rule.applies(o.date(), s.from()), settings.revolvingDoorMonths()), clock.instant(), SYSTEM.id().value());
                        touched.add(new LogSubject(o.client(), new MunicipalityCode(o.municipality())));
                    });
        }
        logged(ProcessingAction.CREATE, touched);
        return touched.size();
    }

    /** Re-evaluates the revolving-door flag of re-entries flagged under another window; returns how many changed. */
    int reflagRevolvingDoors() {
        int months = settings.revolvingDoorMonths();
        RevolvingDoor rule = settings.revolvingDoorRule();
        List<LogSubject> touched = new ArrayList<>();
        for (ReEntry r : outflows.reEntriesFlaggedOtherThan(months)) {
            outflows.reflag(r.id(), rule.applies(outflows.outflowDate(r.outflow()), r.date()), months);
            touched.add(new LogSubject(r.client(), new MunicipalityCode(r.municipality())));
        }
        logged(ProcessingAction.UPDATE, touched);
        return touched.size();
    }

    private void logged(ProcessingAction action, List<LogSubject> subjects) {
        processingLog.record(new Access(SYSTEM, Permission.CLIENT_WRITE, Scope.of(Set.of()), Channel.BATCH), ProcessingActivity.PLACEMENT,
                action, Outcome.SUCCESS, subjects);
    }
}
