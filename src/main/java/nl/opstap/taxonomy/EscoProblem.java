package nl.opstap.taxonomy;

/**
 * One problem in an uploaded ESCO file: the file ("beroepen", "vaardigheden", "relaties"), the row as a
 * spreadsheet shows it (the header is row 1) and the column, with a Dutch description.
 */
public record EscoProblem(String file, long row, String column, String message) {}
