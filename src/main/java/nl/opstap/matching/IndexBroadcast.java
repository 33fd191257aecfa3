package nl.opstap.matching;

import java.util.Objects;
import java.util.UUID;
import nl.opstap.client.ClientChanged;
import nl.opstap.client.ClientId;
import nl.opstap.diagnosis.DiagnosisChanged;
import nl.opstap.importing.ClientsImported;
import nl.opstap.shared.cluster.ClusterChanges;
import nl.opstap.shared.cluster.RemoteChange;
import nl.opstap.vacancy.VacancyChanged;
import nl.opstap.vacancy.VacancyId;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the other instances' matching indexes current (ADR 0025): each change {@link IndexUpdates} applies here is
 * also recorded for the others, in the transaction that makes it, and the changes other instances recorded are
 * applied here when they arrive ({@link RemoteChange}).
 */
@Component
class IndexBroadcast {

    static final String CLIENT = "matching.werkzoekende";
    static final String VACANCY = "matching.vacature";
    static final String ALL = "matching.alles";
    static final String WEIGHTS = "matching.gewichten";

    private final ClusterChanges changes;
    private final MatchingIndex index;
    private final WeightSettings weights;

    IndexBroadcast(ClusterChanges changes, MatchingIndex index, WeightSettings weights) {
        this.changes = changes;
        this.index = index;
        this.weights = weights;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ClientChanged event) {
        changes.record(CLIENT, event.clientId().value().toString());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(DiagnosisChanged event) {
        changes.record(CLIENT, event.client().value().toString());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(CandidateChanged event) {
        changes.record(CLIENT, event.client().value().toString());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(VacancyChanged event) {
        changes.record(VACANCY, event.vacancy().value().toString());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ClientsImported event) {
        if (event.many()) {
            changes.record(ALL, null);
        } else {
            event.clients().forEach(c -> changes.record(CLIENT, c.value().toString()));
        }
    }

    /** A change another instance made; failures are logged by the poller and corrected by the next change. */
    @EventListener
    void on(RemoteChange change) {
        String subject = change.subject();
        switch (change.everything() ? ALL : change.topic()) {
            case CLIENT -> index.refresh(new ClientId(UUID.fromString(Objects.requireNonNull(subject))));
            case VACANCY -> index.refresh(new VacancyId(UUID.fromString(Objects.requireNonNull(subject))));
            case ALL -> {
                weights.forget();
                index.reload();
            }
            case WEIGHTS -> weights.forget();
            default -> { } // another module's topic
        }
    }
}
