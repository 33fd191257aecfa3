package nl.opstap.contract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the data tables hold, in a form that changes when any row is added, removed or changed: per table the row count,
 * the sum of the optimistic-locking versions and the latest of every {@code *_at} time. Tables that a read writes to by
 * design are left out: the processing log (every read is logged), the sessions, the rankings shown to users (fairness
 * reporting) and the framework's own bookkeeping.
 */
final class DataFingerprint {

    static final Set<String> WRITTEN_BY_READS = Set.of("processing_log", "processing_log_head", "spring_session",
            "spring_session_attributes", "matching_ranking_shown", "event_publication", "shedlock", "flyway_schema_history");

    private DataFingerprint() {}

    static Map<String, String> of(JdbcClient jdbc) {
        List<String> tables = jdbc.sql("""
                SELECT LOWER(table_name) FROM information_schema.tables
                WHERE LOWER(table_schema) = 'public' AND table_type IN ('BASE TABLE', 'TABLE') ORDER BY 1""").query(String.class).list();
        Map<String, String> fingerprint = new TreeMap<>();
        for (String table : tables) {
            if (WRITTEN_BY_READS.contains(table)) {
                continue;
            }
            List<String> columns = jdbc.sql("SELECT LOWER(column_name) FROM information_schema.columns WHERE LOWER(table_name) = ? "
                    + "AND LOWER(table_schema) = 'public'").param(table).query(String.class).list();
            StringBuilder select = new StringBuilder("SELECT CAST(COUNT(*) AS VARCHAR(20))");
            for (String column : columns) {
                if (column.equals("version")) {
                    select.append(" || '/v' || CAST(COALESCE(SUM(version), 0) AS VARCHAR(20))");
                } else if (column.endsWith("_at")) {
                    select.append(" || '/").append(column).append("=' || COALESCE(CAST(MAX(").append(column).append(") AS VARCHAR(40)), '-')");
                }
            }
            fingerprint.put(table, jdbc.sql(select + " FROM " + table.toLowerCase(Locale.ROOT)).query(String.class).single());
        }
        return fingerprint;
    }
}
