package nl.opstap.importing;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The import jobs this instance has queued or running. The watchdog renews their heartbeat, so that a job waiting in
 * line behind others (it writes no progress yet) or in a long step is not taken for the job of a dead instance.
 */
@Component
class LocalImports {

    private final Set<UUID> ids = ConcurrentHashMap.newKeySet();

    void add(UUID id) {
        ids.add(id);
    }

    void remove(UUID id) {
        ids.remove(id);
    }

    Set<UUID> ids() {
        return Set.copyOf(ids);
    }
}
