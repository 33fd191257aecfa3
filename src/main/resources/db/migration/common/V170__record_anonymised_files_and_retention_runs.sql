-- Retention (issue 10, ADR 0021).
-- client: when the file was anonymised. The row stays as a placeholder ("Geanonimiseerd dossier"), its id kept, so
-- the reports count it as before and every reference to it still holds.
ALTER TABLE client ADD COLUMN anonymised_at TIMESTAMP WITH TIME ZONE;

-- retention: every anonymised file (by the job when its period ran out, or on the person's request) and every run of
-- the job. No name, no BSN: the file's id, municipality and dates only.
CREATE TABLE retention_erasure (
    client_id          UUID         PRIMARY KEY REFERENCES client (id),
    municipality_code  VARCHAR(6)   NOT NULL REFERENCES municipality (code),
    ground             VARCHAR(30)  NOT NULL,
    reference          VARCHAR(50),
    closed_on          DATE,
    erased_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    erased_by          UUID         NOT NULL,
    erased_by_name     VARCHAR(200) NOT NULL
);
CREATE INDEX retention_erasure_by_municipality ON retention_erasure (municipality_code, erased_at);

CREATE TABLE retention_run (
    id                   UUID       PRIMARY KEY,
    started_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    files_checked        INTEGER    NOT NULL,
    files_anonymised     INTEGER    NOT NULL,
    log_entries_removed  BIGINT     NOT NULL
);
CREATE INDEX retention_run_by_start ON retention_run (started_at);
