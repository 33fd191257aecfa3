package nl.opstap.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.opstap.access.Access;

/**
 * The shared course of the kinds with few rows (employers, vacancies): read every row, let the owning module plan
 * or write them all at once, and count. A module's row problem names its property, mapped back to the import field.
 */
abstract class SmallImportRun<R> implements ImportRun {

    /** A module's verdict on one row: its change (NEW, CHANGED or UNCHANGED by name) or its problems. */
    record Verdict(int row, String change, List<Map.Entry<String, String>> problems) {}

    /** The row as the module takes it, or null when a cell could not be read (problems added). */
    abstract R read(RowCells.Reading reading, SourceTable.SourceRow row, Access access, ImportSettings settings, Context context);

    abstract List<Verdict> plan(Access access, List<R> rows);

    abstract List<Verdict> apply(Access access, List<R> rows);

    /** Module property → import field key. */
    abstract Map<String, String> fields();

    /** Look-ups prepared once per run. */
    abstract Context context(Access access);

    interface Context {}

    @Override
    public Result check(Access access, ImportSettings settings, SourceTable table, Progress progress) {
        Read read = readAll(access, settings, table);
        Result result = count(table, read, plan(access, read.rows));
        progress.rows(table.rows().size());
        return result;
    }

    @Override
    public Result write(Access access, ImportSettings settings, SourceTable table, ImportMode mode, Progress progress) {
        Read read = readAll(access, settings, table);
        List<R> rows = read.rows;
        if (mode == ImportMode.VALID_ROWS) {
            Set<Integer> refused = new HashSet<>();
            plan(access, rows).stream().filter(v -> !v.problems().isEmpty()).forEach(v -> refused.add(v.row()));
            read.problems.forEach(p -> refused.add(p.row()));
            rows = rows.stream().filter(r -> !refused.contains(number(r))).toList();
        }
        List<Verdict> verdicts = apply(access, rows);
        Result result = count(table, read, verdicts);
        boolean problems = !result.problems().isEmpty();
        if (mode == ImportMode.ALL_OR_NOTHING && problems || verdicts.stream().anyMatch(v -> !v.problems().isEmpty())) {
            throw new RowsRefused(result);
        }
        progress.rows(table.rows().size());
        return result;
    }

    abstract int number(R row);

    private final class Read {
        final RowCells cells;
        final List<R> rows;
        final List<RowProblem> problems;

        Read(RowCells cells, List<R> rows, List<RowProblem> problems) {
            this.cells = cells;
            this.rows = rows;
            this.problems = problems;
        }
    }

    private Read readAll(Access access, ImportSettings settings, SourceTable table) {
        RowCells cells = new RowCells(kind(), settings.mapping(), table.headers());
        Context context = context(access);
        List<RowProblem> problems = new ArrayList<>();
        List<R> rows = new ArrayList<>();
        for (SourceTable.SourceRow row : table.rows()) {
            R read = read(cells.reading(row, problems), row, access, settings, context);
            if (read != null) {
                rows.add(read);
            }
        }
        return new Read(cells, rows, problems);
    }

    private Result count(SourceTable table, Read read, List<Verdict> verdicts) {
        List<RowProblem> problems = new ArrayList<>(read.problems);
        int created = 0;
        int changed = 0;
        int unchanged = 0;
        for (Verdict v : verdicts) {
            v.problems().forEach(p -> problems.add(read.cells.problem(v.row(), fields().getOrDefault(p.getKey(), p.getKey()), p.getValue())));
            if (v.problems().isEmpty()) {
                switch (v.change()) {
                    case "NEW" -> created++;
                    case "CHANGED" -> changed++;
                    default -> unchanged++;
                }
            }
        }
        problems.sort(java.util.Comparator.comparingInt(RowProblem::row));
        Set<Integer> errorRows = new HashSet<>();
        problems.forEach(p -> errorRows.add(p.row()));
        return new Result(new ImportCounts(table.rows().size(), table.emptyRows(), errorRows.size(), created, changed, unchanged),
                problems, 0);
    }
}
