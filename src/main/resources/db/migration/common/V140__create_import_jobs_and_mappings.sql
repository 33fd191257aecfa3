-- Bulk imports (issue 9). A job moves UPLOADED -> VALIDATING -> VALIDATED -> IMPORTING -> DONE, or ends FAILED or
-- INTERRUPTED; its counters are updated in their own short transactions while the data is written in one, so a
-- page can show progress and a crash leaves the data as it was. heartbeat_at shows a job's worker is alive.
CREATE TABLE import_job (
    id               UUID          PRIMARY KEY,
    organisation_id  UUID          NOT NULL,
    kind             VARCHAR(20)   NOT NULL,
    file_name        VARCHAR(200)  NOT NULL,
    file_format      VARCHAR(10)   NOT NULL,
    encoding         VARCHAR(20),
    separator        VARCHAR(5),
    headers          VARCHAR(20000) NOT NULL,
    sample           VARCHAR(60000),
    settings         VARCHAR(20000),
    status           VARCHAR(20)   NOT NULL,
    mode             VARCHAR(20),
    total_rows       INTEGER       NOT NULL DEFAULT 0,
    empty_rows       INTEGER       NOT NULL DEFAULT 0,
    processed_rows   INTEGER       NOT NULL DEFAULT 0,
    error_rows       INTEGER       NOT NULL DEFAULT 0,
    new_rows         INTEGER       NOT NULL DEFAULT 0,
    changed_rows     INTEGER       NOT NULL DEFAULT 0,
    unchanged_rows   INTEGER       NOT NULL DEFAULT 0,
    message          VARCHAR(1000),
    created_by       UUID          NOT NULL,
    created_by_name  VARCHAR(200)  NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    heartbeat_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at      TIMESTAMP WITH TIME ZONE,
    version          INTEGER       NOT NULL
);
CREATE INDEX import_job_by_creator ON import_job (created_by, created_at);
CREATE INDEX import_job_by_status ON import_job (status);

-- The uploaded file, encrypted (it holds BSNs), kept until the job is done and then deleted.
CREATE TABLE import_file (
    job_id   UUID  PRIMARY KEY REFERENCES import_job (id),
    content  BYTEA NOT NULL
);

-- The validation report: every problem per row and field. No values are stored, so no BSN either.
CREATE TABLE import_problem (
    job_id      UUID          NOT NULL REFERENCES import_job (id),
    row_number  INTEGER       NOT NULL,
    column_name VARCHAR(200),
    field       VARCHAR(100)  NOT NULL,
    message     VARCHAR(500)  NOT NULL
);
CREATE INDEX import_problem_by_job ON import_problem (job_id, row_number);

-- Column mappings a user saved, per organisation and kind, by name.
CREATE TABLE import_mapping (
    id               UUID          PRIMARY KEY,
    organisation_id  UUID          NOT NULL,
    kind             VARCHAR(20)   NOT NULL,
    name             VARCHAR(100)  NOT NULL,
    columns          VARCHAR(8000) NOT NULL,
    created_by       UUID          NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX import_mapping_name ON import_mapping (organisation_id, kind, name);
