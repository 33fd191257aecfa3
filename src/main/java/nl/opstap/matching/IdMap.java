package nl.opstap.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Maps the UUIDs of clients or vacancies to the engine's numeric ids and back; append-only. */
final class IdMap {

    private final Map<UUID, Long> numbers = new HashMap<>();
    private final List<UUID> uuids = new ArrayList<>();

    synchronized long number(UUID id) {
        return numbers.computeIfAbsent(id, k -> {
            uuids.add(k);
            return (long) uuids.size();
        });
    }

    /** The number of an id already mapped, or -1. */
    synchronized long known(UUID id) {
        Long n = numbers.get(id);
        return n == null ? -1 : n;
    }

    synchronized UUID uuid(long number) {
        return uuids.get((int) number - 1);
    }
}
