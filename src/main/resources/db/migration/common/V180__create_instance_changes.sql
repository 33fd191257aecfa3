-- Changes that instances must hear of (e.g. a client re-read into the matching index), written in the same transaction
-- as the change; every instance reads the rows of the others by seq, a few times a second (ADR 0025). Rows are removed
-- after an hour.
CREATE TABLE instance_change (
    seq          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    topic        VARCHAR(40)  NOT NULL,
    subject      VARCHAR(64),
    instance_id  VARCHAR(36)  NOT NULL,
    recorded_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE INDEX instance_change_recorded_at ON instance_change (recorded_at);
