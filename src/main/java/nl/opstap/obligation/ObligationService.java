package nl.opstap.obligation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading and recording a client's obligations, exemptions, signals, measures and bonuses; all logged. */
@Service
class ObligationService {

    private final ClientDirectory clients;
    private final Obligations store;
    private final ProcessingLog log;
    private final Clock clock;

    ObligationService(ClientDirectory clients, Obligations store, ProcessingLog log, Clock clock) {
        this.clients = clients;
        this.store = store;
        this.log = log;
        this.clock = clock;
    }

    ClientRef client(Access access, ClientId id, ProcessingAction action) {
        return clients.inScope(access, id, ProcessingActivity.OBLIGATIONS, action);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional
    ObligationView view(Access access, ClientRef ref) {
        boolean signals = SignalVisibility.mayRead(access.user(), ref.municipality());
        List<Records.Exemption> exemptions = store.exemptions(ref.id()).stream()
                .map(e -> HealthReasonRule.asSeenBy(access.user(), ref.municipality(), e)).toList();
        ObligationView view = new ObligationView(store.obligations(ref.id()), exemptions, store.bonuses(ref.id()), signals,
                signals ? store.signals(ref.id()) : List.of(), signals ? store.measures(ref.id()) : List.of());
        logged(access, ref, ProcessingAction.READ);
        return view;
    }

    @Transactional
    UUID addObligation(Access access, ClientId id, Forms.ObligationForm f) {
        ClientRef ref = client(access, id, ProcessingAction.CREATE);
        check(f, today());
        return insert(access, ref, Obligations.obligation(UUID.randomUUID(), ref.id(), ref.municipality(), f, clock.instant(), by(access)));
    }

    @Transactional
    UUID addExemption(Access access, ClientId id, Forms.ExemptionForm f) {
        ClientRef ref = client(access, id, ProcessingAction.CREATE);
        check(f, today());
        return insert(access, ref, Obligations.exemption(UUID.randomUUID(), ref.id(), ref.municipality(), f, clock.instant(), by(access)));
    }

    /** Records a re-check of an exemption: it runs on until a next re-check, or it ends. */
    @Transactional
    void recheckExemption(Access access, ClientId id, UUID exemptionId, Forms.RecheckForm f) {
        ClientRef ref = client(access, id, ProcessingAction.UPDATE);
        Records.Exemption exemption = store.exemption(ref.id(), exemptionId).orElseThrow(() -> new NotFoundException("Ontheffing"));
        store.recheck(exemptionId, ExemptionRecheck.apply(exemption, f, today()));
        logged(access, ref, ProcessingAction.UPDATE);
    }

    @Transactional
    UUID addSignal(Access access, ClientId id, Forms.SignalForm f) {
        ClientRef ref = client(access, id, ProcessingAction.CREATE);
        SignalVisibility.requireWrite(access.user(), ref.municipality());
        check(f, today());
        return insert(access, ref, Obligations.signal(UUID.randomUUID(), ref.id(), ref.municipality(), f, SignalStatus.OPEN, null,
                clock.instant(), by(access)));
    }

    @Transactional
    void handleSignal(Access access, ClientId id, UUID signalId, Forms.SignalHandling f) {
        ClientRef ref = client(access, id, ProcessingAction.UPDATE);
        SignalVisibility.requireWrite(access.user(), ref.municipality());
        Records.Signal signal = store.signal(ref.id(), signalId).orElseThrow(() -> new NotFoundException("Signaal"));
        if (signal.status() == SignalStatus.AFGEHANDELD) {
            throw RuleViolation.conflict(Forms.SignalHandling.class, "", "handled", "Dit signaal is al afgehandeld.");
        }
        ObligationRules.notInFuture(Forms.SignalHandling.class, "handledOn", f.handledOn(), today());
        if (f.handledOn().isBefore(signal.signalDate())) {
            throw RuleViolation.of(Forms.SignalHandling.class, "handledOn", "beforeSignal", "Een signaal wordt niet afgehandeld vóór de datum ervan.");
        }
        store.handle(signalId, f.handledOn());
        logged(access, ref, ProcessingAction.UPDATE);
    }

    @Transactional
    UUID addMeasure(Access access, ClientId id, Forms.MeasureForm f) {
        ClientRef ref = client(access, id, ProcessingAction.CREATE);
        SignalVisibility.requireWrite(access.user(), ref.municipality());
        Records.Signal signal = store.signal(ref.id(), f.signalId()).orElseThrow(() -> RuleViolation.of(Forms.MeasureForm.class,
                "signalId", "unknown", "Kies een signaal van deze werkzoekende."));
        check(f, signal, today());
        return insert(access, ref, Obligations.measure(UUID.randomUUID(), ref.id(), ref.municipality(), f, clock.instant(), by(access)));
    }

    @Transactional
    UUID addBonus(Access access, ClientId id, Forms.BonusForm f) {
        ClientRef ref = client(access, id, ProcessingAction.CREATE);
        check(f, today());
        return insert(access, ref, Obligations.bonus(UUID.randomUUID(), ref.id(), ref.municipality(), f, clock.instant(), by(access)));
    }

    static void check(Forms.ObligationForm f, LocalDate today) {
        ObligationRules.period(Forms.ObligationForm.class, f.validFrom(), f.validUntil(), today);
    }

    static void check(Forms.ExemptionForm f, LocalDate today) {
        ObligationRules.period(Forms.ExemptionForm.class, f.validFrom(), f.validUntil(), today);
        ObligationRules.recheck(Forms.ExemptionForm.class, f.validFrom(), f.recheckOn());
    }

    static void check(Forms.SignalForm f, LocalDate today) {
        ObligationRules.notInFuture(Forms.SignalForm.class, "signalDate", f.signalDate(), today);
    }

    static void check(Forms.MeasureForm f, Records.Signal signal, LocalDate today) {
        ObligationRules.percentage(Forms.MeasureForm.class, f.kind(), f.percentage());
        ObligationRules.notInFuture(Forms.MeasureForm.class, "decidedOn", f.decidedOn(), today);
        ObligationRules.decidedAfterSignal(Forms.MeasureForm.class, f.decidedOn(), signal.signalDate());
        ObligationRules.period(Forms.MeasureForm.class, f.validFrom(), f.validUntil(), today);
    }

    static void check(Forms.BonusForm f, LocalDate today) {
        ObligationRules.amount(Forms.BonusForm.class, f.amount());
        ObligationRules.notInFuture(Forms.BonusForm.class, "bonusDate", f.bonusDate(), today);
    }

    private UUID insert(Access access, ClientRef ref, Obligations.Row row) {
        store.insert(row);
        logged(access, ref, ProcessingAction.CREATE);
        return (UUID) row.values()[0];
    }

    private static UUID by(Access access) {
        return access.user().id().value();
    }

    private void logged(Access access, ClientRef ref, ProcessingAction action) {
        log.record(access, ProcessingActivity.OBLIGATIONS, action, Outcome.SUCCESS, List.of(new LogSubject(ref.id().value(), ref.municipality())));
    }
}
