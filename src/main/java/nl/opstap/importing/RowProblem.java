package nl.opstap.importing;

import org.jspecify.annotations.Nullable;

/** One line of the validation report: the file's row number, its column heading, the field and the Dutch problem. */
record RowProblem(int row, @Nullable String column, String field, String message) {}
