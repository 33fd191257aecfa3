-- Plan van Perspectief. A client has at most one open plan (open_client_id is the client while the plan is
-- not closed, NULL after; a unique column allows many NULLs on PostgreSQL and H2 alike).
CREATE TABLE plan (
    id                UUID        PRIMARY KEY,
    client_id         UUID        NOT NULL REFERENCES client (id),
    municipality_code VARCHAR(6)  NOT NULL REFERENCES municipality (code),
    open_client_id    UUID        UNIQUE,
    status            VARCHAR(20) NOT NULL,
    started_on        DATE        NOT NULL,
    current_version   INTEGER     NOT NULL,
    review_date       DATE,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    lock_version      INTEGER     NOT NULL
);
CREATE INDEX plan_by_client ON plan (client_id, started_on);
CREATE INDEX plan_review ON plan (municipality_code, review_date);

-- Every version of a plan's content with the status it got. Only the newest row may still change, and
-- only while it is a concept; every fixed, revised or closed version stays as it was.
CREATE TABLE plan_version (
    plan_id          UUID          NOT NULL REFERENCES plan (id),
    version_no       INTEGER       NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    content          VARCHAR(200000) NOT NULL,
    effective_on     DATE          NOT NULL,
    reason           VARCHAR(1000),
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by      UUID,
    recorded_by_name VARCHAR(200)  NOT NULL,
    PRIMARY KEY (plan_id, version_no)
);
