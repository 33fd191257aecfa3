package nl.opstap.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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
import nl.opstap.shared.domain.StaleVersionException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The plan's use cases: every read and write checks the client's scope and is logged under PLAN. */
@Service
class PlanService {

    /** A client with their latest plan, if any. */
    record PlanOfClient(ClientRef client, Optional<Plan> plan) {

        Plan required() {
            return plan.orElseThrow(() -> new NotFoundException("Plan"));
        }
    }

    private final ClientDirectory directory;
    private final ProcessingLog log;
    private final Plans plans;
    private final Clock clock;

    PlanService(ClientDirectory directory, ProcessingLog log, Plans plans, Clock clock) {
        this.directory = directory;
        this.log = log;
        this.plans = plans;
        this.clock = clock;
    }

    @Transactional
    PlanOfClient read(Access access, ClientId id) {
        ClientRef client = directory.inScope(access, id, ProcessingActivity.PLAN, ProcessingAction.READ);
        Optional<Plan> plan = plans.current(client.id());
        logged(access, client, ProcessingAction.READ);
        return new PlanOfClient(client, plan);
    }

    /** One plan of the client, current or closed earlier: every version of every plan stays readable. */
    @Transactional
    PlanOfClient readPlan(Access access, ClientId id, PlanId planId) {
        ClientRef client = directory.inScope(access, id, ProcessingActivity.PLAN, ProcessingAction.READ);
        Plan plan = plans.allOf(client.id()).stream().filter(p -> p.id().equals(planId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Plan"));
        logged(access, client, ProcessingAction.READ);
        return new PlanOfClient(client, Optional.of(plan));
    }

    /** Every plan of the client, latest first, for the overview or timeline (client already in scope). */
    @Transactional
    List<Plan> readAll(Access access, ClientRef client) {
        List<Plan> all = plans.allOf(client.id());
        if (!all.isEmpty()) {
            logged(access, client, ProcessingAction.READ);
        }
        return all;
    }

    @Transactional
    Plan start(Access access, ClientId id, PlanContent content) {
        ClientRef client = directory.inScope(access, id, ProcessingActivity.PLAN, ProcessingAction.CREATE);
        plans.current(client.id()).filter(p -> p.status() != PlanStatus.AFGESLOTEN).ifPresent(p -> {
            throw RuleViolation.conflict(null, "", "open", "Deze werkzoekende heeft al een plan dat niet is afgesloten; "
                    + "sluit dat eerst af voordat u een nieuw plan opstelt.");
        });
        LocalDate today = LocalDate.now(clock);
        Plan plan = Plan.start(client.id(), client.municipality(), content, today, today, Actor.of(access, clock.instant()));
        try {
            plans.save(plan, clock.instant());
        } catch (DuplicateKeyException e) {
            throw RuleViolation.conflict(null, "", "open", "Intussen is voor deze werkzoekende al een plan opgesteld.");
        }
        logged(access, client, ProcessingAction.CREATE);
        return plan;
    }

    /** Edits a concept; a fixed plan is refused (it is revised, with a reason). */
    @Transactional
    Plan edit(Access access, ClientId id, PlanContent content, int expectedLock) {
        return write(access, id, expectedLock, (plan, today, actor) -> plan.edit(content, today, actor));
    }

    /** A concept is edited in place; a fixed plan gets a revised version (which needs a reason). */
    @Transactional
    Plan change(Access access, ClientId id, PlanContent content, int expectedLock, @Nullable String reason,
                @Nullable LocalDate on) {
        return write(access, id, expectedLock, (plan, today, actor) -> {
            if (plan.status() == PlanStatus.CONCEPT) {
                plan.edit(content, today, actor);
            } else {
                plan.revise(content, reason, on == null ? today : on, today, actor);
            }
        });
    }

    @Transactional
    Plan revise(Access access, ClientId id, PlanContent content, int expectedLock, @Nullable String reason,
                @Nullable LocalDate on) {
        return write(access, id, expectedLock, (plan, today, actor) -> plan.revise(content, reason, on == null ? today : on,
                today, actor));
    }

    @Transactional
    Plan approve(Access access, ClientId id, int expectedLock, @Nullable LocalDate on) {
        return write(access, id, expectedLock, (plan, today, actor) -> plan.approve(on == null ? today : on, today, actor));
    }

    @Transactional
    Plan close(Access access, ClientId id, int expectedLock, @Nullable String reason, @Nullable LocalDate on) {
        return write(access, id, expectedLock, (plan, today, actor) -> plan.close(reason, on == null ? today : on, today, actor));
    }

    private interface Change {
        void apply(Plan plan, LocalDate today, Actor actor);
    }

    private Plan write(Access access, ClientId id, int expectedLock, Change change) {
        ClientRef client = directory.inScope(access, id, ProcessingActivity.PLAN, ProcessingAction.UPDATE);
        Plan plan = plans.current(client.id()).orElseThrow(() -> new NotFoundException("Plan"));
        if (plan.lockVersion() != expectedLock) {
            throw new StaleVersionException("Het plan", plan.lockVersion());
        }
        change.apply(plan, LocalDate.now(clock), Actor.of(access, clock.instant()));
        plans.save(plan, clock.instant());
        logged(access, client, ProcessingAction.UPDATE);
        return plans.current(client.id()).orElseThrow();
    }

    private void logged(Access access, ClientRef client, ProcessingAction action) {
        log.record(access, ProcessingActivity.PLAN, action, Outcome.SUCCESS,
                List.of(new LogSubject(client.id().value(), client.municipality())));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
