-- The processing log's own retention (issue 10, ADR 0021). Entries older than the period are removed as a whole
-- prefix of the chain, never one by one: each removal first records its anchor, the sequence number and hash of the
-- last entry removed, so the chain that remains verifies from there. Anchors are never changed nor removed (V172).
CREATE TABLE processing_log_anchor (
    through_seq   BIGINT      PRIMARY KEY,
    through_hash  VARCHAR(64) NOT NULL,
    cutoff        TIMESTAMP WITH TIME ZONE NOT NULL,
    removed       BIGINT      NOT NULL,
    removed_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
