package nl.opstap.importing;

/** Where a migration export stands. */
enum ExportStatus {
    /** Running: the heartbeat moves. */
    RUNNING,
    /** The file is ready to download (for 24 hours). */
    DONE,
    /** Stopped with an error, or its process died (the heartbeat stopped). */
    FAILED,
    /** The file was removed 24 hours after it was made. */
    EXPIRED
}
