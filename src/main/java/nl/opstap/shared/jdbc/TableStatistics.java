package nl.opstap.shared.jdbc;

import java.sql.Connection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Refreshes PostgreSQL's planner statistics of a module's tables after a bulk load. Until autovacuum gets to it, a
 * table that grew from thousands to hundreds of thousands of rows is planned as if it were small, and look-ups by
 * key become scans. Does nothing on other databases.
 */
@org.springframework.stereotype.Component
public final class TableStatistics {

    private final JdbcTemplate jdbc;
    private final boolean postgresql;

    public TableStatistics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        Boolean pg = jdbc.execute((Connection c) -> c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgresql"));
        this.postgresql = Boolean.TRUE.equals(pg);
    }

    /** ANALYZE on the named tables (fixed names from the calling module, never user input). */
    public void refresh(List<String> tables) {
        if (postgresql) {
            jdbc.execute("ANALYZE " + String.join(", ", tables));
        }
    }

}
