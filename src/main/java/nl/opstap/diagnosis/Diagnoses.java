package nl.opstap.diagnosis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.opstap.access.Access;
import nl.opstap.audit.LogSubject;
import nl.opstap.audit.Outcome;
import nl.opstap.audit.ProcessingAction;
import nl.opstap.audit.ProcessingActivity;
import nl.opstap.audit.ProcessingLog;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientId;
import nl.opstap.client.ClientRef;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The diagnosis as other modules use it (reports, demo data, imports, matching). Every method checks the
 * clients against the access's scope and writes the processing log (activity DIAGNOSIS).
 *
 * <p>Reading: {@link #on} (one client on a date) and {@link #onDate} (many clients, for reports) answer
 * ZRM assessments are left out for users who may not read them ({@link ZrmReadRule}). Reads answer
 * "what held on date X" from today's knowledge: corrected facts are left out. {@link #history} lists every
 * fact including corrected ones.
 *
 * <p>Writing needs an access for {@code CLIENT_WRITE}: {@link #record} one fact (a chained fact may be
 * back-dated; its neighbours' ends are adjusted), {@link #correct} replaces a fact and keeps the old one
 * marked as corrected, {@link #recordHistory} loads whole histories for many clients in one batch.
 * Bad input is refused with a {@link nl.opstap.shared.domain.RuleViolation} and nothing is stored.
 * After each change a {@link DiagnosisChanged} event is published per client.
 */
@Service
public class Diagnoses {

    private final ClientDirectory directory;
    private final ProcessingLog processingLog;
    private final FactStore store;
    private final FactRecorder recorder;

    Diagnoses(ClientDirectory directory, ProcessingLog processingLog, FactStore store, FactRecorder recorder) {
        this.directory = directory;
        this.processingLog = processingLog;
        this.store = store;
        this.recorder = recorder;
    }

    /** What held for the client on the date (logged as a READ). */
    @Transactional
    public DiagnosisSnapshot on(Access access, ClientId client, LocalDate date) {
        ClientRef ref = directory.inScope(access, client, ProcessingActivity.DIAGNOSIS, ProcessingAction.READ);
        List<DiagnosisFact> held = store.history(client).stream().filter(f -> ZrmReadRule.keeps(access.user(), f))
                .filter(f -> f.kind() == FactKind.TEST ? !f.corrected() && !f.from().isAfter(date) : f.holdsOn(date)).toList();
        log(access, ProcessingAction.READ, List.of(ref));
        return DiagnosisSnapshot.of(client, date, held);
    }

    /**
     * What held on the date for each of the clients that lie in the access's scope (others are left out),
     * with one query per table; one processing-log call for all clients returned. Clients without any fact
     * get an empty snapshot.
     */
    @Transactional
    public Map<ClientId, DiagnosisSnapshot> onDate(Access access, Collection<ClientId> clients, LocalDate date) {
        Set<ClientId> wanted = new HashSet<>(clients);
        List<ClientRef> refs = directory.refs(access, null).stream().filter(r -> wanted.contains(r.id())).toList();
        if (refs.isEmpty()) {
            return Map.of();
        }
        Set<String> municipalities = refs.stream().map(r -> r.municipality().value()).collect(Collectors.toSet());
        Map<ClientId, List<DiagnosisFact>> byClient = store.heldOn(municipalities, date).stream()
                .filter(f -> ZrmReadRule.keeps(access.user(), f)).collect(Collectors.groupingBy(f -> f.value().client()));
        Map<ClientId, DiagnosisSnapshot> result = new LinkedHashMap<>();
        refs.forEach(r -> result.put(r.id(), DiagnosisSnapshot.of(r.id(), date, byClient.getOrDefault(r.id(), List.of()))));
        log(access, ProcessingAction.READ, refs);
        return result;
    }

    /** Every fact of the client, corrected ones included, oldest first per kind (logged as a READ). */
    @Transactional
    public List<DiagnosisFact> history(Access access, ClientId client) {
        ClientRef ref = directory.inScope(access, client, ProcessingActivity.DIAGNOSIS, ProcessingAction.READ);
        List<DiagnosisFact> all = store.history(client).stream().filter(f -> ZrmReadRule.keeps(access.user(), f)).toList();
        log(access, ProcessingAction.READ, List.of(ref));
        return all;
    }

    /** Whether the user may read this client's ZRM scores ({@link ZrmReadRule}). */
    public boolean mayReadZrm(Access access, ClientId client) {
        return ZrmReadRule.mayRead(access.user(),
                directory.inScope(access, client, ProcessingActivity.DIAGNOSIS, ProcessingAction.READ).municipality());
    }

    /** Records one fact, recorded now by the access's user; returns it as stored (with its end). */
    @Transactional
    public DiagnosisFact record(Access access, FactRecord fact) {
        return recorder.record(access, fact, FactRecorder.Target.of(fact));
    }

    /**
     * Replaces a fact of the client with a corrected one (same kind); the old fact stays in the history,
     * marked corrected with the reason. Returns the new fact.
     */
    @Transactional
    public DiagnosisFact correct(Access access, UUID factId, FactRecord replacement, String reason) {
        return recorder.correct(access, factId, replacement, reason, FactRecorder.Target.of(replacement));
    }

    /**
     * Loads histories for many clients at once (imports, demo data): facts of every kind for clients in the
     * access's scope, with explicit {@code to} dates where a fact ended without a successor and optional
     * {@code recordedAt} times. A client may not yet have facts of a chained kind it gets here. All facts are
     * checked first; then one JDBC batch per table and one processing-log call. Returns the number stored.
     */
    @Transactional
    public int recordHistory(Access access, List<FactRecord> facts) {
        if (facts.isEmpty()) {
            return 0;
        }
        Map<ClientId, ClientRef> refs = directory.refs(access, null).stream()
                .collect(Collectors.toMap(ClientRef::id, Function.identity()));
        List<ClientRef> touched = recorder.recordHistory(access, facts, refs);
        log(access, ProcessingAction.CREATE, touched);
        return facts.size();
    }

    void log(Access access, ProcessingAction action, List<ClientRef> refs) {
        List<LogSubject> subjects = new ArrayList<>(refs.size());
        refs.forEach(r -> subjects.add(new LogSubject(r.id().value(), r.municipality())));
        processingLog.record(access, ProcessingActivity.DIAGNOSIS, action, Outcome.SUCCESS, subjects);
    }
}
