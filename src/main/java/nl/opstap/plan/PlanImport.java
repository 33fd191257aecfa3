package nl.opstap.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import nl.opstap.access.Access;
import nl.opstap.audit.LogSubject;
import nl.opstap.audit.Outcome;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.audit.ProcessingActivity;
import nl.opstap.audit.ProcessingLog;
import nl.opstap.client.ClientRef;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports plans with their history (from a former system, or demo data) in one batch, through the same
 * rules as the screens, logged as one record with every client as subject.
 */
@Service
public class PlanImport {

    /** What happened to a plan after it was drawn up. */
    public enum Kind { APPROVE, REVISE, CLOSE }

    /** One step in a plan's history: on which date, the new content (revisions) and the reason. */
    public record Change(Kind kind, LocalDate on, @Nullable PlanContent content, @Nullable String reason) {}

    /** A plan drawn up for a client on a date, with what happened to it since. */
    public record History(ClientRef client, LocalDate startedOn, PlanContent content, List<Change> changes) {}

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final Plans plans;
    private final ProcessingLog log;
    private final Clock clock;

    PlanImport(Plans plans, ProcessingLog log, Clock clock) {
        this.plans = plans;
        this.log = log;
        this.clock = clock;
    }

    /** Whether any plan is stored yet (imports run once). */
    public boolean anyStored() {
        return plans.any();
    }

    /** Whether the client has a plan (open or closed). */
    public boolean anyOf(nl.opstap.client.ClientId client) {
        return plans.current(client).isPresent();
    }

    /** Stores the plans; the access must cover every client's municipality. */
    @Transactional
    public int importAll(Access access, List<History> histories) {
        LocalDate today = LocalDate.now(clock);
        List<Plan> result = new ArrayList<>();
        List<LogSubject> subjects = new ArrayList<>();
        for (History history : histories) {
            access.requireIn(history.client().municipality());
            Plan plan = Plan.start(history.client().id(), history.client().municipality(), history.content(),
                    history.startedOn(), today, actor(access, history.startedOn()));
            for (Change change : history.changes()) {
                Actor by = actor(access, change.on());
                switch (change.kind()) {
                    case APPROVE -> plan.approve(change.on(), today, by);
                    case REVISE -> plan.revise(change.content() == null ? plan.current().content() : change.content(), change.reason(), change.on(), today, by);
                    case CLOSE -> plan.close(change.reason(), change.on(), today, by);
                }
            }
            result.add(plan);
            subjects.add(new LogSubject(history.client().id().value(), history.client().municipality()));
        }
        plans.insertAll(result, clock.instant());
        log.record(access, ProcessingActivity.PLAN, ProcessingAction.CREATE, Outcome.SUCCESS, subjects);
        return result.size();
    }

    private static Actor actor(Access access, LocalDate on) {
        return new Actor(access.user().id(), access.user().displayName(), on.atTime(LocalTime.of(10, 0)).atZone(AMSTERDAM).toInstant());
    }
}
