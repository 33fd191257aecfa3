-- ESCO imports (issue 4): reference data, not personal data. The tables hold the current imported set;
-- while esco_occupation is empty the shipped occupations_nl.csv applies. esco_import records who loaded what.
CREATE TABLE esco_import (
    id              UUID         PRIMARY KEY,
    version_label   VARCHAR(100) NOT NULL,
    imported_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    imported_by     UUID         NOT NULL,
    imported_by_name VARCHAR(200) NOT NULL,
    occupations     INTEGER      NOT NULL,
    skills          INTEGER      NOT NULL,
    relations       INTEGER      NOT NULL
);
CREATE TABLE esco_occupation (
    uri             VARCHAR(200)  PRIMARY KEY,
    preferred_label VARCHAR(500)  NOT NULL,
    alt_labels      VARCHAR(20000) NOT NULL,
    isco_group      VARCHAR(20)   NOT NULL,
    code            VARCHAR(50)   NOT NULL
);
CREATE TABLE esco_skill (
    uri             VARCHAR(200)  PRIMARY KEY,
    preferred_label VARCHAR(500)  NOT NULL,
    alt_labels      VARCHAR(20000) NOT NULL,
    skill_type      VARCHAR(100)  NOT NULL,
    reuse_level     VARCHAR(100)  NOT NULL
);
CREATE TABLE esco_occupation_skill (
    occupation_uri  VARCHAR(200) NOT NULL,
    skill_uri       VARCHAR(200) NOT NULL,
    relation_type   VARCHAR(20)  NOT NULL,
    PRIMARY KEY (occupation_uri, skill_uri)
);

-- The organisation's own competence list beside ESCO skills (werknemersvaardigheden, vakvaardigheden).
CREATE TABLE competence (
    id              UUID         PRIMARY KEY,
    organisation_id UUID         NOT NULL REFERENCES service_organisation (id),
    kind            VARCHAR(30)  NOT NULL,
    name            VARCHAR(100) NOT NULL,
    description     VARCHAR(500) NOT NULL,
    active          BOOLEAN      NOT NULL,
    changed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by      UUID
);
CREATE UNIQUE INDEX competence_name_per_organisation ON competence (organisation_id, kind, name);
