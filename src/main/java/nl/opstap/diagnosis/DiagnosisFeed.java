package nl.opstap.diagnosis;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.opstap.client.ClientId;
import org.springframework.stereotype.Service;

/**
 * The feed of the matching index: what held for clients on a date, read by the system and shown to no one (the
 * matching module logs who sees a match). Use {@link Diagnoses} for everything a person reads.
 */
@Service
public class DiagnosisFeed {

    private final FactStore store;

    DiagnosisFeed(FactStore store) {
        this.store = store;
    }

    /** What held on the date for every client with any fact. */
    public Map<ClientId, DiagnosisSnapshot> allOn(LocalDate date) {
        return store.heldOnAll(date).stream().collect(Collectors.groupingBy(f -> f.value().client())).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> DiagnosisSnapshot.of(e.getKey(), date, e.getValue())));
    }

    /** What held on the date for one client. */
    public DiagnosisSnapshot of(ClientId client, LocalDate date) {
        List<DiagnosisFact> held = store.history(client).stream()
                .filter(f -> f.kind() == FactKind.TEST ? !f.corrected() && !f.from().isAfter(date) : f.holdsOn(date)).toList();
        return DiagnosisSnapshot.of(client, date, held);
    }
}
