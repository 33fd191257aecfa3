package nl.opstap.shared.cluster;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.opstap.shared.jobs.OnceAcrossInstances;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reads the changes other instances recorded, a few times a second, and publishes each once in this instance as a
 * {@link RemoteChange} (its own rows it skips: they were applied when made). One indexed range read by seq when
 * nothing changed. After a long silence (the database unreachable) it asks for a full reload instead.
 */
@Component
class ChangePoller {

    private static final Logger log = LoggerFactory.getLogger(ChangePoller.class);
    private static final int BATCH = 1_000;

    private record Row(long seq, String topic, @Nullable String subject, String instance) {}

    private final JdbcClient jdbc;
    private final String self;
    private final ApplicationEventPublisher events;
    private final OnceAcrossInstances once;
    private final Clock clock;
    private final ChangeCursor cursor;
    private final Duration maxSilence;
    private final Duration retention;
    private @Nullable Instant lastRead;

    ChangePoller(JdbcClient jdbc, ClusterChanges changes, ApplicationEventPublisher events, OnceAcrossInstances once,
                 Clock clock, @Value("${opstap.cluster.gap-patience:PT10S}") Duration patience,
                 @Value("${opstap.cluster.max-silence:PT10M}") Duration maxSilence,
                 @Value("${opstap.cluster.retention:PT1H}") Duration retention) {
        this.jdbc = jdbc;
        this.self = changes.instanceId();
        this.events = events;
        this.once = once;
        this.clock = clock;
        this.maxSilence = maxSilence;
        this.retention = retention;
        // What is already recorded is in the data this instance loads at start-up.
        this.cursor = new ChangeCursor(jdbc.sql("SELECT COALESCE(MAX(seq), 0) FROM instance_change").query(Long.class).single(),
                patience);
    }

    @Scheduled(fixedDelayString = "${opstap.cluster.poll-interval-ms:250}", initialDelay = 1_000)
    void poll() {
        Instant now = clock.instant();
        Set<RemoteChange> heard = new LinkedHashSet<>();
        try {
            List<Row> rows;
            long after = cursor.floor();
            do {
                rows = read(after);
                for (Row r : rows) {
                    if (cursor.take(r.seq()) && !self.equals(r.instance())) {
                        heard.add(new RemoteChange(r.topic(), r.subject()));
                    }
                    after = r.seq();
                }
            } while (rows.size() == BATCH);
            cursor.settle(now);
        } catch (RuntimeException e) {
            log.warn("Reading the other instances' changes failed: {}", e.getMessage());
            return;
        }
        if (lastRead != null && Duration.between(lastRead, now).compareTo(maxSilence) > 0) {
            log.warn("No changes read for {}; asking for a full reload", Duration.between(lastRead, now));
            heard.clear();
            heard.add(new RemoteChange(RemoteChange.EVERYTHING, null));
        }
        lastRead = now;
        heard.forEach(this::publish);
    }

    private List<Row> read(long after) {
        return jdbc.sql("SELECT seq, topic, subject, instance_id FROM instance_change WHERE seq > ? ORDER BY seq LIMIT " + BATCH)
                .param(after)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
    }

    private void publish(RemoteChange change) {
        try {
            events.publishEvent(change);
        } catch (RuntimeException e) {
            log.error("Applying a change from another instance failed: {}", change.topic(), e);
        }
    }

    /** Rows older than the retention are of no use: an instance that was away that long reloads everything. */
    @Scheduled(cron = "${opstap.cluster.cleanup-cron:0 */10 * * * *}")
    void removeOld() {
        Integer removed = once.run("instance-change-cleanup", Duration.ofMinutes(10), Duration.ofMinutes(1),
                () -> jdbc.sql("DELETE FROM instance_change WHERE recorded_at < ?")
                        .param(Timestamp.from(clock.instant().minus(retention))).update());
        if (removed != null && removed > 0) {
            log.info("Removed {} instance changes older than {}", removed, retention);
        }
    }
}
