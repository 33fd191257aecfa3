-- The client register (werkzoekenden). The BSN is stored encrypted (bsn_cipher) with a keyed hash
-- (bsn_index) for exact look-up; it never appears in plain text in the database.
CREATE TABLE client (
    id                          UUID         PRIMARY KEY,
    municipality_code           VARCHAR(6)   NOT NULL REFERENCES municipality (code),
    bsn_index                   VARCHAR(64)  NOT NULL,
    bsn_cipher                  VARCHAR(200) NOT NULL,
    first_names                 VARCHAR(200) NOT NULL,
    infix                       VARCHAR(30),
    last_name                   VARCHAR(200) NOT NULL,
    search_name                 VARCHAR(450) NOT NULL,
    date_of_birth               DATE         NOT NULL,
    gender                      VARCHAR(10)  NOT NULL,
    street                      VARCHAR(200),
    house_number                INTEGER,
    house_number_suffix         VARCHAR(10),
    postcode                    VARCHAR(6)   NOT NULL,
    city                        VARCHAR(100),
    phone                       VARCHAR(30),
    email                       VARCHAR(254),
    partner_id                  UUID         REFERENCES client (id),
    education_level             VARCHAR(20),
    refugee_status              BOOLEAN      NOT NULL DEFAULT FALSE,
    civic_integration_required  BOOLEAN      NOT NULL DEFAULT FALSE,
    work_limitation             BOOLEAN      NOT NULL DEFAULT FALSE,
    target_group_register       BOOLEAN      NOT NULL DEFAULT FALSE,
    special_education_leaver    BOOLEAN      NOT NULL DEFAULT FALSE,
    former_wajong               BOOLEAN      NOT NULL DEFAULT FALSE,
    language_level              VARCHAR(10),
    hours_per_week              INTEGER,
    available_from              DATE,
    driving_licence             BOOLEAN      NOT NULL DEFAULT FALSE,
    own_transport               BOOLEAN      NOT NULL DEFAULT FALSE,
    max_travel_km               INTEGER,
    physical_load               VARCHAR(10),
    mental_load                 VARCHAR(10),
    interests                   VARCHAR(1000),
    caseworker_id               UUID,
    created_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by                  UUID,
    updated_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by                  UUID,
    version                     INTEGER      NOT NULL
);
CREATE UNIQUE INDEX client_bsn_per_municipality ON client (municipality_code, bsn_index);
CREATE INDEX client_name ON client (municipality_code, last_name, first_names);
CREATE INDEX client_postcode ON client (municipality_code, postcode);
CREATE INDEX client_birth ON client (municipality_code, date_of_birth);
CREATE INDEX client_by_caseworker ON client (caseworker_id);
CREATE INDEX client_partner ON client (partner_id);

-- Benefit status over time: each row holds from valid_from until the next row's valid_from.
CREATE TABLE client_benefit_status (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    client_id    UUID        NOT NULL REFERENCES client (id),
    status       VARCHAR(30) NOT NULL,
    valid_from   DATE        NOT NULL,
    valid_to     DATE,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by  UUID
);
CREATE INDEX client_benefit_status_client ON client_benefit_status (client_id, valid_from);

-- Every caseworker assignment, the current one with valid_to NULL.
CREATE TABLE client_caseworker (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    client_id      UUID NOT NULL REFERENCES client (id),
    caseworker_id  UUID NOT NULL,
    valid_from     DATE NOT NULL,
    valid_to       DATE,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by    UUID
);
CREATE INDEX client_caseworker_history ON client_caseworker (client_id, valid_from);
