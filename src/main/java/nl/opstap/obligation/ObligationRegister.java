package nl.opstap.obligation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.audit.LogSubject;
import nl.opstap.audit.Outcome;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.audit.ProcessingActivity;
import nl.opstap.audit.ProcessingLog;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientId;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.shared.domain.NotFoundException;
import nl.opstap.shared.domain.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Obligations as imports and demo data record them: many clients at once, with the screen's rules. */
@Service
public class ObligationRegister {

    /** A signal with its handling and measures (the measures' signalId is filled in here). */
    public record SignalHistory(Forms.SignalForm signal, @Nullable LocalDate handledOn, List<Forms.MeasureForm> measures) {}

    /** Everything to record for one client. */
    public record ClientHistory(ClientId client, MunicipalityCode municipality, List<Forms.ObligationForm> obligations,
                                List<Forms.ExemptionForm> exemptions, List<SignalHistory> signals, List<Forms.BonusForm> bonuses) {}

    private final Obligations store;
    private final ProcessingLog log;
    private final Clock clock;
    private final ClientDirectory clients;

    ObligationRegister(Obligations store, ProcessingLog log, Clock clock, ClientDirectory clients) {
        this.clients = clients;
        this.store = store;
        this.log = log;
        this.clock = clock;
    }

    public boolean hasData() {
        return store.any();
    }

    /** Stores it all in one batch per table with one processing-log call. Signals need SIGNALS in the municipality. */
    @Transactional
    public void recordHistory(Access access, List<ClientHistory> histories) {
        LocalDate today = LocalDate.now(clock);
        var now = clock.instant();
        UUID by = access.user().id().value();
        List<Obligations.Row> rows = new ArrayList<>();
        List<Obligations.Row> measures = new ArrayList<>();
        Set<LogSubject> subjects = new LinkedHashSet<>();
        Map<ClientId, MunicipalityCode> inScope = new HashMap<>();
        clients.refs(access, null).forEach(r -> inScope.put(r.id(), r.municipality()));
        for (ClientHistory h : histories) {
            if (!h.municipality().equals(inScope.get(h.client()))) {
                throw new NotFoundException("Werkzoekende");
            }
            h.obligations().forEach(f -> {
                ObligationService.check(f, today);
                rows.add(Obligations.obligation(UUID.randomUUID(), h.client(), h.municipality(), f, now, by));
            });
            h.exemptions().forEach(f -> {
                ObligationService.check(f, today);
                rows.add(Obligations.exemption(UUID.randomUUID(), h.client(), h.municipality(), f, now, by));
            });
            if (!h.signals().isEmpty()) {
                SignalVisibility.requireWrite(access.user(), h.municipality());
            }
            for (SignalHistory s : h.signals()) {
                ObligationService.check(s.signal(), today);
                UUID signalId = UUID.randomUUID();
                if (s.handledOn() != null && (s.handledOn().isBefore(s.signal().signalDate()) || s.handledOn().isAfter(today))) {
                    throw RuleViolation.of(Forms.SignalHandling.class, "handledOn", "range", "De afhandeldatum ligt buiten het bereik.");
                }
                rows.add(Obligations.signal(signalId, h.client(), h.municipality(), s.signal(),
                        s.handledOn() == null ? SignalStatus.OPEN : SignalStatus.AFGEHANDELD, s.handledOn(), now, by));
                Records.Signal stored = new Records.Signal(signalId, s.signal().kind(), s.signal().signalDate(), s.signal().description(),
                        SignalStatus.OPEN, null, now);
                for (Forms.MeasureForm m : s.measures()) {
                    Forms.MeasureForm linked = new Forms.MeasureForm(signalId, m.kind(), m.percentage(), m.validFrom(), m.validUntil(),
                            m.decidedOn(), m.note());
                    ObligationService.check(linked, stored, today);
                    measures.add(Obligations.measure(UUID.randomUUID(), h.client(), h.municipality(), linked, now, by));
                }
            }
            h.bonuses().forEach(f -> {
                ObligationService.check(f, today);
                rows.add(Obligations.bonus(UUID.randomUUID(), h.client(), h.municipality(), f, now, by));
            });
            subjects.add(new LogSubject(h.client().value(), h.municipality()));
        }
        store.insertAll(rows);
        store.insertAll(measures);
        log.record(access, ProcessingActivity.OBLIGATIONS, ProcessingAction.CREATE, Outcome.SUCCESS, List.copyOf(subjects));
    }
}
