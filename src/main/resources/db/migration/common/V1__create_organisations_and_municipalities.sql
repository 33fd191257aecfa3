-- Service organisations (uitvoeringsorganisaties) and the municipalities they work for.
CREATE TABLE service_organisation (
    id          UUID         PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT service_organisation_name_unique UNIQUE (name)
);

-- code is the CBS municipality code, e.g. GM1708.
CREATE TABLE municipality (
    code             VARCHAR(6)   PRIMARY KEY,
    name             VARCHAR(100) NOT NULL,
    organisation_id  UUID         NOT NULL REFERENCES service_organisation (id)
);
CREATE INDEX municipality_organisation ON municipality (organisation_id);
