package nl.opstap.audit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.api.Trigger;

/** H2's counterpart of the PostgreSQL trigger: a log entry may be deleted only at or below the newest anchor (ADR 0021). */
public class AnchoredPrefixTrigger implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        long seq = ((Number) oldRow[0]).longValue();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT COALESCE(MAX(through_seq), 0) FROM processing_log_anchor")) {
            if (rs.next() && seq <= rs.getLong(1)) {
                return;
            }
        }
        throw new SQLException("processing_log is append-only");
    }
}
