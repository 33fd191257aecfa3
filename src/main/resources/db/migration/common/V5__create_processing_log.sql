-- The processing log (verwerkingenlogboek), shaped after the Logboek Dataverwerkingen standard.
-- Append-only (see V6) and hash-chained: hash = SHA-256(previous hash + this entry's content).
CREATE TABLE processing_log (
    seq                BIGINT       PRIMARY KEY,
    id                 UUID         NOT NULL,
    occurred_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    user_id            UUID,
    username           VARCHAR(100) NOT NULL,
    role               VARCHAR(30),
    activity           VARCHAR(60)  NOT NULL,
    action             VARCHAR(30)  NOT NULL,
    subject            VARCHAR(64),
    municipality_code  VARCHAR(6),
    outcome            VARCHAR(20)  NOT NULL,
    channel            VARCHAR(10)  NOT NULL,
    request_id         VARCHAR(64),
    prev_hash          VARCHAR(64)  NOT NULL,
    hash               VARCHAR(64)  NOT NULL
);
CREATE INDEX processing_log_subject ON processing_log (subject, seq);
CREATE INDEX processing_log_user ON processing_log (user_id, seq);

-- One row: the number and hash of the newest entry. Locking it serialises writers, so sequence
-- numbers have no gaps and the chain has no forks.
CREATE TABLE processing_log_head (
    id         INTEGER     PRIMARY KEY,
    last_seq   BIGINT      NOT NULL,
    last_hash  VARCHAR(64) NOT NULL
);
INSERT INTO processing_log_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
