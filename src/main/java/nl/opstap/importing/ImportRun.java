package nl.opstap.importing;

import java.util.List;
import nl.opstap.access.Access;

/** Checking and writing the rows of one kind of import. */
interface ImportRun {

    ImportKind kind();

    /** Every problem of every row, and what the valid rows would do; writes nothing but the processing log of what it compared. */
    Result check(Access access, ImportSettings settings, SourceTable table, Progress progress);

    /**
     * Writes inside the caller's transaction: with {@link ImportMode#ALL_OR_NOTHING} any problem throws
     * {@link RowsRefused}, so the caller rolls everything back; otherwise rows with problems are left out whole.
     */
    Result write(Access access, ImportSettings settings, SourceTable table, ImportMode mode, Progress progress);

    /** After the write committed, outside its transaction (e.g. refresh planner statistics after many rows). */
    default void afterCommit(Result result) {}

    record Result(ImportCounts counts, List<RowProblem> problems, int touchedClients) {}

    /** Rows done so far, reported now and then while a run goes on. */
    interface Progress {
        void rows(int done);
    }

    /** An all-or-nothing import met problems: nothing may be written. */
    final class RowsRefused extends RuntimeException {
        private final transient Result result;

        RowsRefused(Result result) {
            super("rows refused", null, false, false);
            this.result = result;
        }

        Result result() {
            return result;
        }
    }
}
