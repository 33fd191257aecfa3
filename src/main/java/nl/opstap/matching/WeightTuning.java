package nl.opstap.matching;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.opstap.access.Access;
import nl.opstap.access.UserDirectory;
import nl.opstap.access.UserId;
import nl.opstap.organisation.Municipalities;
import nl.opstap.organisation.Municipality;
import nl.opstap.shared.domain.StaleVersionException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Tuning the weights (MATCHING_ADMIN). The weights in force are one set for every municipality (see
 * {@link WeightSettings}), so only an administrator who may tune them in all municipalities may change them; others
 * see them and their history. The version is the number of changes so far (the ETag in the API): a change made
 * since the caller read the weights refuses the save. Checks and saves are serialised in this instance; two saves
 * through two instances in the same moment may both pass the check (both are kept in the history).
 */
@Service
class WeightTuning {

    /** The most changes shown in the history. */
    static final int HISTORY = 50;

    /** One change: the weights saved, by whom (null when unknown) and when. */
    record Change(Weights weights, @Nullable String by, Instant at) {}

    record State(Weights current, int version, boolean mayChange, List<Change> history) {}

    private record Stored(Weights weights, @Nullable UUID by, Instant at) {}

    private final WeightSettings settings;
    private final JdbcClient jdbc;
    private final UserDirectory users;
    private final Municipalities municipalities;
    private final Clock clock;
    private final Object saving = new Object();

    WeightTuning(WeightSettings settings, JdbcClient jdbc, UserDirectory users, Municipalities municipalities, Clock clock) {
        this.settings = settings;
        this.jdbc = jdbc;
        this.users = users;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    State state(Access access) {
        List<Stored> stored = jdbc.sql("""
                SELECT occupation, required_skills, desired_skills, sector, education, experience, test_result, ladder_step, distance,
                    changed_by, changed_at FROM matching_weights ORDER BY changed_at DESC, id LIMIT :limit""").param("limit", HISTORY)
                .query((rs, n) -> new Stored(new Weights(rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4),
                        rs.getDouble(5), rs.getDouble(6), rs.getDouble(7), rs.getDouble(8), rs.getDouble(9)),
                        rs.getObject(10, UUID.class), rs.getTimestamp(11).toInstant())).list();
        Map<UserId, String> names = users.displayNames(stored.stream().map(Stored::by).filter(Objects::nonNull).map(UserId::new)
                .distinct().toList());
        List<Change> history = stored.stream().map(s -> new Change(s.weights(), s.by() == null ? null : names.get(new UserId(s.by())),
                s.at())).toList();
        return new State(settings.current(), version(), mayChange(access), history);
    }

    /** Whether the access covers every municipality, as the weights apply to all of them. */
    boolean mayChange(Access access) {
        return access.scope().municipalities().containsAll(municipalities.all().stream().map(Municipality::code).toList());
    }

    /** Saves the weights if nobody changed them since {@code expectedVersion}; the next match query uses them. */
    void save(Access access, Weights weights, int expectedVersion) {
        if (!mayChange(access)) {
            throw new AccessDeniedException("the weights apply to municipalities outside the user's scope");
        }
        synchronized (saving) {
            int current = version();
            if (current != expectedVersion) {
                throw new StaleVersionException("De gewichten", current);
            }
            settings.save(weights, access.user().id().value(), Instant.now(clock));
        }
    }

    int version() {
        return jdbc.sql("SELECT COUNT(*) FROM matching_weights").query(Integer.class).single();
    }
}
