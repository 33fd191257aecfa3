package nl.opstap.audit;

/** What was done with the personal data. */
public enum ProcessingAction {
    /** A client's file was opened. */
    READ,
    /** A client appeared in a list or search result (name and a few facts shown). */
    LIST,
    CREATE,
    UPDATE
}
