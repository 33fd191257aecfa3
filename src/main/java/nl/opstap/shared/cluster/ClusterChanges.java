package nl.opstap.shared.cluster;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records a change the other instances must apply to what they hold in memory. Called inside the transaction that
 * makes the change, so the record commits (or rolls back) with it; the other instances hear of it within the poll
 * interval as a {@link RemoteChange}.
 */
@Component
public class ClusterChanges {

    /** This process; a restarted instance is a new one. */
    private final String instanceId = UUID.randomUUID().toString();
    private final JdbcClient jdbc;

    ClusterChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String topic, @Nullable String subject) {
        jdbc.sql("INSERT INTO instance_change (topic, subject, instance_id) VALUES (?, ?, ?)")
                .params(topic, subject, instanceId).update();
    }

    String instanceId() {
        return instanceId;
    }
}
