package nl.opstap.importing;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * How a file is read: its column mapping, the date diagnosis values hold from when the file has no such column,
 * and one municipality for all rows when the file has no municipality column.
 */
record ImportSettings(ColumnMapping mapping, @Nullable LocalDate referenceDate, @Nullable String municipality) {}
