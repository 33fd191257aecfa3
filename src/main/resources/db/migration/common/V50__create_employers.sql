-- Employers (werkgevers) with their contacts, contact moments (one CRM for account managers W&I and EZ)
-- and the agreements (convenanten) an organisation has with partners.
CREATE TABLE employer (
    id                 UUID         PRIMARY KEY,
    organisation_id    UUID         NOT NULL REFERENCES service_organisation (id),
    municipality_code  VARCHAR(6)   NOT NULL REFERENCES municipality (code),
    kvk_number         VARCHAR(8)   NOT NULL,
    name               VARCHAR(200) NOT NULL,
    sbi_section        VARCHAR(1)   NOT NULL,
    street             VARCHAR(200) NOT NULL,
    house_number       VARCHAR(20)  NOT NULL,
    postcode           VARCHAR(6)   NOT NULL,
    city               VARCHAR(100) NOT NULL,
    employees          INTEGER      NOT NULL,
    interest_jobs      BOOLEAN      NOT NULL,
    interest_carving   BOOLEAN      NOT NULL,
    manager_wi         UUID,
    manager_ez         UUID,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            INTEGER      NOT NULL,
    CONSTRAINT employer_kvk_unique UNIQUE (organisation_id, kvk_number)
);
CREATE INDEX employer_by_municipality ON employer (municipality_code, name);

CREATE TABLE employer_contact (
    id            UUID         PRIMARY KEY,
    employer_id   UUID         NOT NULL REFERENCES employer (id),
    name          VARCHAR(200) NOT NULL,
    role          VARCHAR(100),
    phone         VARCHAR(20),
    email         VARCHAR(200),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX employer_contact_by_employer ON employer_contact (employer_id);

CREATE TABLE employer_contact_moment (
    id                UUID          PRIMARY KEY,
    employer_id       UUID          NOT NULL REFERENCES employer (id),
    municipality_code VARCHAR(6)    NOT NULL REFERENCES municipality (code),
    moment_date       DATE          NOT NULL,
    channel           VARCHAR(20)   NOT NULL,
    subject           VARCHAR(200)  NOT NULL,
    recorded_by       UUID          NOT NULL,
    recorded_by_name  VARCHAR(200)  NOT NULL,
    manager_kind      VARCHAR(2)    NOT NULL,
    outcome           VARCHAR(4000),
    next_action       VARCHAR(500),
    next_action_due   DATE,
    mediation         BOOLEAN       NOT NULL,
    mediation_client  UUID,
    recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX employer_moment_by_employer ON employer_contact_moment (employer_id, moment_date);
CREATE INDEX employer_moment_by_due ON employer_contact_moment (municipality_code, next_action_due);

CREATE TABLE employer_agreement (
    id               UUID         PRIMARY KEY,
    organisation_id  UUID         NOT NULL REFERENCES service_organisation (id),
    partner_name     VARCHAR(200) NOT NULL,
    partner_kind     VARCHAR(20)  NOT NULL,
    subject          VARCHAR(500) NOT NULL,
    start_date       DATE         NOT NULL,
    end_date         DATE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX employer_agreement_by_organisation ON employer_agreement (organisation_id, start_date);
