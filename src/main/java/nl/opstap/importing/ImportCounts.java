package nl.opstap.importing;

/** What a check or an import found: rows read, empty rows passed over, rows with problems, and what the rest do. */
record ImportCounts(int total, int empty, int errorRows, int newRows, int changedRows, int unchangedRows) {

    static ImportCounts none() {
        return new ImportCounts(0, 0, 0, 0, 0, 0);
    }

    int validRows() {
        return total - errorRows;
    }
}
