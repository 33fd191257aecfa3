package nl.opstap.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Interns the string keys the engine compares (skill keys, occupation URIs, sector codes) as small ints, and maps
 * them back for the explanation. Append-only: an id once given keeps its meaning while the application runs.
 */
final class Vocabulary {

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> keys = new ArrayList<>();
    private final int max;

    Vocabulary(int max) {
        this.max = max;
    }

    synchronized int id(String key) {
        Integer id = ids.get(key);
        if (id != null) {
            return id;
        }
        if (keys.size() >= max) {
            throw new IllegalStateException("vocabulary full at " + max);
        }
        ids.put(key, keys.size());
        keys.add(key);
        return keys.size() - 1;
    }

    /** The id of a key already interned, or -1 (a key never seen matches nothing). */
    synchronized int known(String key) {
        Integer id = ids.get(key);
        return id == null ? -1 : id;
    }

    synchronized @Nullable String key(int id) {
        return id >= 0 && id < keys.size() ? keys.get(id) : null;
    }

    int[] ids(List<String> keys, int limit) {
        return keys.stream().distinct().limit(limit).mapToInt(this::id).toArray();
    }
}
