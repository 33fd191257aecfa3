package nl.opstap.matching;

import nl.opstap.client.ClientChanged;
import nl.opstap.diagnosis.DiagnosisChanged;
import nl.opstap.importing.ClientsImported;
import nl.opstap.vacancy.VacancyChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the matching index current: the full load once the application (and its demo data) is ready, then each
 * committed change of a client, diagnosis, vacancy, consent or recorded skills, applied before the request that
 * made it returns (well within the second the issue allows). A failed update is logged, never fails the change.
 */
@Component
class IndexUpdates {

    private static final Logger log = LoggerFactory.getLogger(IndexUpdates.class);

    private final MatchingIndex index;

    IndexUpdates(MatchingIndex index) {
        this.index = index;
    }

    /** Loaded first when the application is ready, so later listeners (e.g. demo proposals) can match. */
    @EventListener(ApplicationReadyEvent.class)
    @org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
    void load() {
        index.loadAll();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ClientChanged event) {
        apply(() -> index.refresh(event.clientId()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(DiagnosisChanged event) {
        apply(() -> index.refresh(event.client()));
    }

    /** A bulk import tells once, after its single commit: a few clients are refreshed, many reload the index. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(ClientsImported event) {
        apply(() -> {
            if (event.many()) {
                index.loadAll();
            } else {
                event.clients().forEach(index::refresh);
            }
        });
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(VacancyChanged event) {
        apply(() -> index.refresh(event.vacancy()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CandidateChanged event) {
        apply(() -> index.refresh(event.client()));
    }

    private static void apply(Runnable update) {
        try {
            update.run();
        } catch (RuntimeException e) {
            log.error("Matching index update failed; the next change or restart corrects it", e);
        }
    }
}
