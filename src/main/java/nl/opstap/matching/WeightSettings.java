package nl.opstap.matching;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import nl.opstap.shared.cluster.ClusterChanges;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The weights in force: the latest row of matching_weights (every change is kept), or the defaults when an
 * administrator never changed them. Cached; a save here or in another instance empties the cache.
 */
@Repository
class WeightSettings {

    private final JdbcClient jdbc;
    private final AtomicReference<@Nullable Weights> cached = new AtomicReference<>();

    private final ClusterChanges changes;

    WeightSettings(JdbcClient jdbc, ClusterChanges changes) {
        this.jdbc = jdbc;
        this.changes = changes;
    }

    Weights current() {
        Weights w = cached.get();
        if (w == null) {
            w = jdbc.sql("""
                    SELECT occupation, required_skills, desired_skills, sector, education, experience, test_result, ladder_step, distance
                    FROM matching_weights ORDER BY changed_at DESC LIMIT 1""")
                    .query((rs, n) -> new Weights(rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4),
                            rs.getDouble(5), rs.getDouble(6), rs.getDouble(7), rs.getDouble(8), rs.getDouble(9)))
                    .optional().orElse(Weights.defaults());
            cached.set(w);
        }
        return w;
    }

    void save(Weights w, UUID by, Instant now) {
        jdbc.sql("""
                INSERT INTO matching_weights (id, occupation, required_skills, desired_skills, sector, education, experience,
                    test_result, ladder_step, distance, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), d(w.occupation()), d(w.requiredSkills()), d(w.desiredSkills()), d(w.sector()),
                        d(w.education()), d(w.experience()), d(w.testResult()), d(w.ladderStep()), d(w.distance()), by,
                        Timestamp.from(now)).update();
        changes.record(IndexBroadcast.WEIGHTS, null);
        forget();
    }

    /** The next query reads the weights anew (after a change here or in another instance). */
    void forget() {
        cached.set(null);
    }

    private static BigDecimal d(double v) {
        return BigDecimal.valueOf(v);
    }
}
