-- Issue 8: a job seeker's consents (append-only history; the latest row per client, kind and employer holds).
-- kind PUBLISH: publish an anonymous profile; kind EMPLOYER: share personal data with the named employer.
CREATE TABLE profile_consent (
    id                 UUID         PRIMARY KEY,
    client_id          UUID         NOT NULL REFERENCES client (id),
    municipality_code  VARCHAR(6)   NOT NULL REFERENCES municipality (code),
    kind               VARCHAR(10)  NOT NULL,
    employer_id        UUID,
    given              BOOLEAN      NOT NULL,
    recorded_by        UUID         NOT NULL,
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    seq                BIGINT       NOT NULL
);
CREATE INDEX profile_consent_client ON profile_consent (client_id, kind, seq);

-- The anonymous profile as published: a snapshot of the facts at publication (what the job seeker saw and agreed
-- to), under a random number that is never the client id. published false: withdrawn, the number stays reserved.
CREATE TABLE profile (
    client_id          UUID         PRIMARY KEY REFERENCES client (id),
    number             VARCHAR(12)  NOT NULL,
    municipality_code  VARCHAR(6)   NOT NULL REFERENCES municipality (code),
    published          BOOLEAN      NOT NULL,
    pitch              VARCHAR(600),
    education_level    VARCHAR(20),
    hours_per_week     INTEGER,
    max_travel_km      INTEGER,
    available_from     DATE,
    driving_licence    BOOLEAN      NOT NULL,
    experience_years   INTEGER      NOT NULL,
    region             VARCHAR(2),
    sectors            VARCHAR(2000) NOT NULL,
    skills             VARCHAR(4000) NOT NULL,
    occupations        VARCHAR(2000) NOT NULL,
    published_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT profile_number_unique UNIQUE (number)
);
CREATE INDEX profile_published ON profile (municipality_code, published);

-- An employer's request for contact about a profile; it goes to the account managers of the client's municipality.
CREATE TABLE contact_request (
    id                 UUID         PRIMARY KEY,
    client_id          UUID         NOT NULL REFERENCES client (id),
    profile_number     VARCHAR(12)  NOT NULL,
    municipality_code  VARCHAR(6)   NOT NULL REFERENCES municipality (code),
    employer_id        UUID         NOT NULL,
    vacancy_id         UUID,
    message            VARCHAR(1000),
    status             VARCHAR(20)  NOT NULL,
    requested_by       UUID         NOT NULL,
    requested_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            INTEGER      NOT NULL
);
CREATE INDEX contact_request_open ON contact_request (municipality_code, status);
CREATE INDEX contact_request_client ON contact_request (client_id);

-- Every step of a contact request: who, when, to which status, with the account manager's note.
CREATE TABLE contact_request_step (
    id                 UUID         PRIMARY KEY,
    request_id         UUID         NOT NULL REFERENCES contact_request (id),
    status             VARCHAR(20)  NOT NULL,
    note               VARCHAR(1000),
    decided_by         UUID         NOT NULL,
    decided_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX contact_request_step_request ON contact_request_step (request_id);
