-- Issue 9: a full export of an organisation's data for migration runs as a job whose progress is stored, so a page
-- can show a progress bar and survive a reload. heartbeat_at moves while the job runs; a job marked RUNNING whose
-- heartbeat stopped (its process died) is marked FAILED. municipalities: the codes exported, comma-separated.
CREATE TABLE export_job (
    id                 UUID          PRIMARY KEY,
    organisation_id    UUID          NOT NULL REFERENCES service_organisation (id),
    municipalities     VARCHAR(500)  NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    started_by         UUID          NOT NULL,
    started_by_name    VARCHAR(200)  NOT NULL,
    total_count        INTEGER       NOT NULL,
    done_count         INTEGER       NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    heartbeat_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at        TIMESTAMP WITH TIME ZONE,
    file_bytes         BIGINT,
    failure            VARCHAR(200)
);
CREATE INDEX export_job_by_organisation ON export_job (organisation_id, created_at);
CREATE INDEX export_job_by_status ON export_job (status, heartbeat_at);

-- The produced file: gzip'ed JSON lines, encrypted with AES-GCM (it holds BSNs); removed 24 hours after creation.
CREATE TABLE export_file (
    job_id             UUID          PRIMARY KEY REFERENCES export_job (id) ON DELETE CASCADE,
    content            BYTEA         NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
