package nl.opstap.client;

/**
 * A module removes what identifies a client from its own tables when the file is anonymised (retention period over,
 * or erasure on request: AVG art. 17). Names, contact data and free texts go; codes, dates and ids the steering reports
 * count stay, so the figures do not change (ADR 0021). Called by the retention module inside its transaction, as the
 * system: the caller checked the scope and logs the processing.
 */
public interface PersonalDataEraser {

    /** The text that replaces a removed free text where a value is required. */
    String PLACEHOLDER = "Geanonimiseerd";

    /** Returns how many rows were changed or removed. */
    int erase(ClientId client);
}
