package nl.opstap.importing;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The validation report of a job: every problem per row and field, without the values. */
@Repository
class ImportProblems {

    static final int PAGE = 100;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ImportProblems(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    void replace(UUID job, List<RowProblem> problems) {
        jdbc.sql("DELETE FROM import_problem WHERE job_id = ?").param(job).update();
        for (int from = 0; from < problems.size(); from += 1000) {
            batch.batchUpdate("INSERT INTO import_problem (job_id, row_number, column_name, field, message) VALUES (?, ?, ?, ?, ?)",
                    problems.subList(from, Math.min(problems.size(), from + 1000)).stream()
                            .map(p -> new Object[] {job, p.row(), p.column(), p.field(), abbreviate(p.message())}).toList());
        }
    }

    /** One page of the report (0-based), in row order. */
    List<RowProblem> page(UUID job, int page) {
        return jdbc.sql("SELECT row_number, column_name, field, message FROM import_problem WHERE job_id = ? "
                        + "ORDER BY row_number, field LIMIT ? OFFSET ?")
                .params(job, PAGE, Math.max(0, page) * PAGE)
                .query((rs, n) -> new RowProblem(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
    }

    List<RowProblem> all(UUID job) {
        return jdbc.sql("SELECT row_number, column_name, field, message FROM import_problem WHERE job_id = ? ORDER BY row_number, field")
                .param(job).query((rs, n) -> new RowProblem(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
    }

    long count(UUID job) {
        return jdbc.sql("SELECT COUNT(*) FROM import_problem WHERE job_id = ?").param(job).query(Long.class).single();
    }

    private static String abbreviate(String message) {
        return message.length() <= 500 ? message : message.substring(0, 497) + "...";
    }
}
