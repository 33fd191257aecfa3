-- Activity catalogue (instruments) per service organisation, its dropout reasons, and clients' participations.
CREATE TABLE activity (
    id               UUID          PRIMARY KEY,
    organisation_id  UUID          NOT NULL REFERENCES service_organisation (id),
    name             VARCHAR(200)  NOT NULL,
    kind             VARCHAR(30)   NOT NULL,
    provider         VARCHAR(200),
    capacity         INTEGER,
    duration_weeks   INTEGER,
    description      VARCHAR(2000),
    active           BOOLEAN       NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          INTEGER       NOT NULL
);
CREATE UNIQUE INDEX activity_name_per_organisation ON activity (organisation_id, name);

CREATE TABLE dropout_reason (
    id               UUID          PRIMARY KEY,
    organisation_id  UUID          NOT NULL REFERENCES service_organisation (id),
    name             VARCHAR(100)  NOT NULL,
    active           BOOLEAN       NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX dropout_reason_name_per_organisation ON dropout_reason (organisation_id, name);

-- A participation occupies a place from start_date until actual_end (or, while not ended, its planned end).
CREATE TABLE participation (
    id                       UUID          PRIMARY KEY,
    client_id                UUID          NOT NULL REFERENCES client (id),
    municipality_code        VARCHAR(6)    NOT NULL REFERENCES municipality (code),
    activity_id              UUID          NOT NULL REFERENCES activity (id),
    start_date               DATE          NOT NULL,
    planned_end              DATE,
    actual_end               DATE,
    result                   VARCHAR(20),
    dropout_reason_id        UUID          REFERENCES dropout_reason (id),
    certificate              BOOLEAN       NOT NULL DEFAULT FALSE,
    certificate_description  VARCHAR(300),
    certificate_date         DATE,
    notes                    VARCHAR(2000),
    created_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by               UUID,
    ended_at                 TIMESTAMP WITH TIME ZONE,
    ended_by                 UUID
);
CREATE INDEX participation_by_client ON participation (client_id, start_date);
CREATE INDEX participation_by_activity ON participation (activity_id, start_date);
CREATE INDEX participation_due ON participation (municipality_code, planned_end);
