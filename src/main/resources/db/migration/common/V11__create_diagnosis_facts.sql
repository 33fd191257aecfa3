-- Diagnosis (domain.md §3): every item is a dated fact. A row holds from valid_from until valid_to
-- (exclusive; NULL = still holds), kept up to date when a later or earlier fact arrives, so "what held
-- on date X" is: valid_from <= X AND (valid_to IS NULL OR valid_to > X) AND corrected_at IS NULL.
-- A correction never updates a value: it inserts the new row and marks the old one corrected.
-- municipality_code is copied from the client at record time, so reports count per municipality alone.

-- Single-valued facts: kind SITUATION, PERSPECTIVE, LADDER (fact_value = code) and SECTORS (codes in diagnosis_fact_sector).
CREATE TABLE diagnosis_fact (
    id                 UUID         PRIMARY KEY,
    client_id          UUID         NOT NULL REFERENCES client (id),
    municipality_code  VARCHAR(6)   NOT NULL,
    kind               VARCHAR(20)  NOT NULL,
    fact_value         VARCHAR(40),
    valid_from         DATE         NOT NULL,
    valid_to           DATE,
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by        UUID,
    recorded_by_name   VARCHAR(200),
    corrected_at       TIMESTAMP WITH TIME ZONE,
    corrected_by_name  VARCHAR(200),
    correction_reason  VARCHAR(500),
    replaced_by        UUID,
    CONSTRAINT diagnosis_fact_period CHECK (valid_to IS NULL OR valid_to > valid_from)
);
CREATE INDEX diagnosis_fact_client ON diagnosis_fact (client_id, kind, valid_from);
CREATE INDEX diagnosis_fact_municipality ON diagnosis_fact (municipality_code, kind, valid_from);

CREATE TABLE diagnosis_fact_sector (
    fact_id      UUID        NOT NULL REFERENCES diagnosis_fact (id),
    position     INTEGER     NOT NULL,
    sector_code  VARCHAR(40) NOT NULL,
    PRIMARY KEY (fact_id, position),
    CONSTRAINT diagnosis_fact_sector_position CHECK (position BETWEEN 1 AND 3)
);
CREATE INDEX diagnosis_fact_sector_code ON diagnosis_fact_sector (sector_code);

-- ZRM assessments: one row per assessment, all 13 domains required (score 1..5), version stored.
CREATE TABLE zrm_assessment (
    id                 UUID         PRIMARY KEY,
    client_id          UUID         NOT NULL REFERENCES client (id),
    municipality_code  VARCHAR(6)   NOT NULL,
    zrm_version        VARCHAR(30)  NOT NULL,
    valid_from         DATE         NOT NULL,
    valid_to           DATE,
    finances           SMALLINT     NOT NULL CHECK (finances BETWEEN 1 AND 5),
    work_education     SMALLINT     NOT NULL CHECK (work_education BETWEEN 1 AND 5),
    time_use           SMALLINT     NOT NULL CHECK (time_use BETWEEN 1 AND 5),
    housing            SMALLINT     NOT NULL CHECK (housing BETWEEN 1 AND 5),
    domestic_relations SMALLINT     NOT NULL CHECK (domestic_relations BETWEEN 1 AND 5),
    mental_health      SMALLINT     NOT NULL CHECK (mental_health BETWEEN 1 AND 5),
    physical_health    SMALLINT     NOT NULL CHECK (physical_health BETWEEN 1 AND 5),
    substance_use      SMALLINT     NOT NULL CHECK (substance_use BETWEEN 1 AND 5),
    basic_adl          SMALLINT     NOT NULL CHECK (basic_adl BETWEEN 1 AND 5),
    instrumental_adl   SMALLINT     NOT NULL CHECK (instrumental_adl BETWEEN 1 AND 5),
    social_network     SMALLINT     NOT NULL CHECK (social_network BETWEEN 1 AND 5),
    social_participation SMALLINT   NOT NULL CHECK (social_participation BETWEEN 1 AND 5),
    justice            SMALLINT     NOT NULL CHECK (justice BETWEEN 1 AND 5),
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by        UUID,
    recorded_by_name   VARCHAR(200),
    corrected_at       TIMESTAMP WITH TIME ZONE,
    corrected_by_name  VARCHAR(200),
    correction_reason  VARCHAR(500),
    replaced_by        UUID,
    CONSTRAINT zrm_assessment_period CHECK (valid_to IS NULL OR valid_to > valid_from)
);
CREATE INDEX zrm_assessment_client ON zrm_assessment (client_id, valid_from);
CREATE INDEX zrm_assessment_municipality ON zrm_assessment (municipality_code, valid_from);

-- Tests and assessments: dated events (no period), correctable like every fact.
CREATE TABLE diagnosis_test (
    id                 UUID         PRIMARY KEY,
    client_id          UUID         NOT NULL REFERENCES client (id),
    municipality_code  VARCHAR(6)   NOT NULL,
    test_type          VARCHAR(30)  NOT NULL,
    provider           VARCHAR(200) NOT NULL,
    taken_on           DATE         NOT NULL,
    result             VARCHAR(500) NOT NULL,
    category           SMALLINT     CHECK (category BETWEEN 1 AND 3),
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by        UUID,
    recorded_by_name   VARCHAR(200),
    corrected_at       TIMESTAMP WITH TIME ZONE,
    corrected_by_name  VARCHAR(200),
    correction_reason  VARCHAR(500),
    replaced_by        UUID
);
CREATE INDEX diagnosis_test_client ON diagnosis_test (client_id, taken_on);
CREATE INDEX diagnosis_test_municipality ON diagnosis_test (municipality_code, taken_on);

-- ESCO occupations of interest or experience; several may hold at once, each with its own period.
CREATE TABLE diagnosis_occupation (
    id                 UUID         PRIMARY KEY,
    client_id          UUID         NOT NULL REFERENCES client (id),
    municipality_code  VARCHAR(6)   NOT NULL,
    esco_uri           VARCHAR(200) NOT NULL,
    kind               VARCHAR(20)  NOT NULL,
    valid_from         DATE         NOT NULL,
    valid_to           DATE,
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by        UUID,
    recorded_by_name   VARCHAR(200),
    corrected_at       TIMESTAMP WITH TIME ZONE,
    corrected_by_name  VARCHAR(200),
    correction_reason  VARCHAR(500),
    replaced_by        UUID,
    CONSTRAINT diagnosis_occupation_period CHECK (valid_to IS NULL OR valid_to > valid_from)
);
CREATE INDEX diagnosis_occupation_client ON diagnosis_occupation (client_id, valid_from);
CREATE INDEX diagnosis_occupation_municipality ON diagnosis_occupation (municipality_code, valid_from);
