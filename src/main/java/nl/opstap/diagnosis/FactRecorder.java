package nl.opstap.diagnosis;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.Permission;
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
import nl.opstap.taxonomy.Occupations;
import nl.opstap.taxonomy.Sector;
import nl.opstap.taxonomy.Sectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks and stores diagnosis facts: one at a time (screens, API) or whole histories (imports, demo data).
 * Each change is one transaction: the client's lock, the neighbours' ends, the new fact and the log entry.
 */
@Component
@Transactional
class FactRecorder {

    /** Where a rule's refusal points: the command class and its field names for value, start and end. */
    record Target(Class<?> command, String value, String from, String to, String reason) {
        static Target of(FactRecord fact) {
            return new Target(fact.getClass(), "value", "from", "to", "reason");
        }
    }

    private final ClientDirectory directory;
    private final ProcessingLog processingLog;
    private final FactStore store;
    private final FactWrites writes;
    private final Sectors sectors;
    private final Occupations occupations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FactRecorder(ClientDirectory directory, ProcessingLog processingLog, FactStore store, FactWrites writes, Sectors sectors,
                 Occupations occupations, ApplicationEventPublisher events, Clock clock) {
        this.writes = writes;
        this.directory = directory;
        this.processingLog = processingLog;
        this.store = store;
        this.sectors = sectors;
        this.occupations = occupations;
        this.events = events;
        this.clock = clock;
    }

    DiagnosisFact record(Access access, FactRecord fact, Target target) {
        requireWrite(access);
        ClientRef ref = directory.inScope(access, fact.client(), ProcessingActivity.DIAGNOSIS, ProcessingAction.CREATE);
        check(fact, ref, target, new HashMap<>());
        directory.lockForChange(ref.id());
        DiagnosisFact stored = place(access, fact, ref, target, null);
        done(access, ProcessingAction.CREATE, ref);
        return stored;
    }

    DiagnosisFact correct(Access access, UUID factId, FactRecord replacement, @Nullable String reason, Target target) {
        requireWrite(access);
        ClientRef ref = directory.inScope(access, replacement.client(), ProcessingActivity.DIAGNOSIS, ProcessingAction.UPDATE);
        directory.lockForChange(ref.id());
        DiagnosisFact old = store.history(ref.id()).stream()
                .filter(f -> f.id().equals(factId) && f.kind() == replacement.kind()).findFirst()
                .orElseThrow(() -> new NotFoundException("Gegeven"));
        if (old.corrected()) {
            throw RuleViolation.of(target.command(), "", "corrected", "Dit gegeven is al gecorrigeerd; corrigeer de nieuwe waarde.");
        }
        if (reason == null || reason.isBlank()) {
            throw RuleViolation.of(target.command(), target.reason(), "required", "Geef de reden van de correctie.");
        }
        if (reason.strip().length() > 500) {
            throw RuleViolation.of(target.command(), target.reason(), "size", "De reden is ten hoogste 500 tekens.");
        }
        check(replacement, ref, target, new HashMap<>());
        DiagnosisFact stored = place(access, replacement, ref, target, old);
        writes.markCorrected(old.kind(), old.id(), stored.recordedAt(), access.user().displayName(), reason.strip(), stored.id());
        done(access, ProcessingAction.UPDATE, ref);
        return stored;
    }

    /** Inserts the fact (replacing {@code old} when given) and keeps the chain of its kind consistent. */
    private DiagnosisFact place(Access access, FactRecord fact, ClientRef ref, Target target, @Nullable DiagnosisFact old) {
        UUID id = UUID.randomUUID();
        LocalDate to = fact.to();
        if (fact.kind().chained()) {
            List<FactTimeline.Period> before = store.history(ref.id()).stream()
                    .filter(f -> f.kind() == fact.kind() && !f.corrected())
                    .map(f -> new FactTimeline.Period(f.id(), f.from(), f.to())).toList();
            FactTimeline timeline = new FactTimeline(before);
            if (old != null) {
                timeline.remove(old.id());
            }
            if (timeline.startsOn(fact.from())) {
                throw RuleViolation.of(target.command(), target.from(), "taken",
                        "Vanaf deze datum geldt al een waarde. Corrigeer die waarde of kies een andere datum.");
            }
            to = timeline.insert(id, fact.from());
            timeline.changedEnds(before).forEach((changed, end) -> writes.updateEnd(fact.kind(), changed, end));
        }
        DiagnosisFact stored = new DiagnosisFact(id, fact, ref.municipality(), to, now(), access.user().displayName(), null, null,
                null, null);
        writes.insert(List.of(new FactWrites.NewFact(stored, access.user().id().value())));
        return stored;
    }

    List<ClientRef> recordHistory(Access access, List<FactRecord> facts, Map<ClientId, ClientRef> inScope) {
        requireWrite(access);
        Map<String, List<Sector>> sectorLists = new HashMap<>();
        Map<ClientId, ClientRef> touched = new LinkedHashMap<>();
        Map<String, List<Integer>> chains = new LinkedHashMap<>();
        for (int i = 0; i < facts.size(); i++) {
            FactRecord fact = facts.get(i);
            ClientRef ref = inScope.get(fact.client());
            if (ref == null) {
                throw new NotFoundException("Werkzoekende");
            }
            check(fact, ref, Target.of(fact), sectorLists);
            touched.put(ref.id(), ref);
            if (fact.kind().chained()) {
                chains.computeIfAbsent(fact.client().value() + "/" + fact.kind(), k -> new ArrayList<>()).add(i);
            }
        }
        Set<String> existing = new HashSet<>();
        Set<String> municipalities = new LinkedHashSet<>();
        touched.values().forEach(r -> municipalities.add(r.municipality().value()));
        store.existing(municipalities).forEach(e -> existing.add(e.getKey() + "/" + e.getValue()));
        Instant now = now();
        List<@Nullable LocalDate> ends = new ArrayList<>(java.util.Collections.nCopies(facts.size(), null));
        for (Map.Entry<String, List<Integer>> chain : chains.entrySet()) {
            FactRecord first = facts.get(chain.getValue().getFirst());
            if (existing.contains(chain.getKey())) {
                throw RuleViolation.of(first.getClass(), "", "existing", "Deze werkzoekende heeft al een geschiedenis van dit soort gegeven.");
            }
            List<FactTimeline.Period> periods = chain.getValue().stream()
                    .map(i -> new FactTimeline.Period(new UUID(0, i), facts.get(i).from(), facts.get(i).to())).toList();
            try {
                List<@Nullable LocalDate> chainEnds = FactTimeline.endsOf(periods);
                for (int j = 0; j < periods.size(); j++) {
                    ends.set(chain.getValue().get(j), chainEnds.get(j));
                }
            } catch (IllegalArgumentException e) {
                throw RuleViolation.of(first.getClass(), "from", "overlap", "De perioden van dit gegeven overlappen: " + e.getMessage());
            }
        }
        List<FactWrites.NewFact> rows = new ArrayList<>(facts.size());
        for (int i = 0; i < facts.size(); i++) {
            FactRecord fact = facts.get(i);
            LocalDate to = fact.kind().chained() ? ends.get(i) : fact.to();
            Instant at = fact.recordedAt() != null ? fact.recordedAt() : now;
            rows.add(new FactWrites.NewFact(new DiagnosisFact(UUID.randomUUID(), fact, inScope.get(fact.client()).municipality(), to,
                    at, access.user().displayName(), null, null, null, null), access.user().id().value()));
        }
        writes.insert(rows);
        touched.values().forEach(r -> events.publishEvent(new DiagnosisChanged(r.id(), r.municipality())));
        return List.copyOf(touched.values());
    }

    /** Every rule that a fact must meet on its own (dates, sectors, ZRM, occupation, texts). */
    void check(FactRecord fact, ClientRef ref, Target target, Map<String, List<Sector>> sectorLists) {
        DiagnosisDates.check(fact.from(), fact.to(), LocalDate.now(clock), ref.dateOfBirth(), target.command(), target.from(), target.to());
        switch (fact) {
            case FactRecord.SectorsFact s -> SectorChoice.check(s.sectors(), sectorLists.computeIfAbsent(ref.municipality().value(),
                    m -> sectors.forMunicipality(ref.municipality())), target.command(), target.value());
            case FactRecord.ZrmFact z -> ZrmAssessment.requireComplete(z.scores(), z.version(), target.command());
            case FactRecord.OccupationFact o -> {
                if (occupations.find(o.uri()).isEmpty()) {
                    throw RuleViolation.of(target.command(), target.value(), "unknown", "Dit beroep staat niet in de ESCO-beroepenlijst.");
                }
            }
            case FactRecord.TestFact t -> {
                requireText(t.provider(), 200, target.command(), "provider", "de aanbieder");
                requireText(t.result(), 500, target.command(), "result", "het resultaat");
            }
            default -> { }
        }
    }

    private static void requireText(@Nullable String text, int max, Class<?> command, String field, String what) {
        if (text == null || text.isBlank()) {
            throw RuleViolation.of(command, field, "required", "Geef " + what + ".");
        }
        if (text.strip().length() > max) {
            throw RuleViolation.of(command, field, "size", "Gebruik ten hoogste " + max + " tekens voor " + what + ".");
        }
    }

    private void done(Access access, ProcessingAction action, ClientRef ref) {
        processingLog.record(access, ProcessingActivity.DIAGNOSIS, action, Outcome.SUCCESS,
                List.of(new LogSubject(ref.id().value(), ref.municipality())));
        events.publishEvent(new DiagnosisChanged(ref.id(), ref.municipality()));
    }

    private static void requireWrite(Access access) {
        if (access.permission() != Permission.CLIENT_WRITE) {
            throw new AccessDeniedException("diagnosis changes need CLIENT_WRITE");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
