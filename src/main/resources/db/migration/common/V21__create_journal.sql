-- Journal entries on a client's file. The text lives in revisions: a correction adds a revision and
-- keeps every earlier text.
CREATE TABLE journal_entry (
    id                UUID         PRIMARY KEY,
    client_id         UUID         NOT NULL REFERENCES client (id),
    municipality_code VARCHAR(6)   NOT NULL REFERENCES municipality (code),
    entry_type        VARCHAR(30)  NOT NULL,
    entry_date        DATE         NOT NULL,
    author_id         UUID,
    author_name       VARCHAR(200) NOT NULL,
    recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    revisions         INTEGER      NOT NULL
);
CREATE INDEX journal_by_client ON journal_entry (client_id, entry_date);

CREATE TABLE journal_revision (
    entry_id       UUID          NOT NULL REFERENCES journal_entry (id),
    revision_no    INTEGER       NOT NULL,
    subject        VARCHAR(200),
    body           VARCHAR(10000) NOT NULL,
    reason         VARCHAR(500),
    written_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    written_by     UUID,
    written_by_name VARCHAR(200) NOT NULL,
    PRIMARY KEY (entry_id, revision_no)
);
