-- Commercial workshops (commerciële werkplaatsen, seed 004): a partner company from the CRM brings work into the
-- TDC in a sector; selected clients (candidates) with their assessment category take its seats.
CREATE TABLE workshop (
    id                 UUID         PRIMARY KEY,
    municipality_code  VARCHAR(6)   NOT NULL REFERENCES municipality (code),
    name               VARCHAR(200) NOT NULL,
    sector_code        VARCHAR(60)  NOT NULL,
    partner_id         UUID         NOT NULL REFERENCES employer (id),
    seats              INTEGER      NOT NULL,
    start_date         DATE         NOT NULL,
    end_date           DATE,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            INTEGER      NOT NULL,
    CONSTRAINT workshop_seats CHECK (seats BETWEEN 1 AND 500),
    CONSTRAINT workshop_period CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX workshop_by_municipality ON workshop (municipality_code, start_date);

-- A client is a candidate of a workshop at most once; only status GEPLAATST takes a seat.
CREATE TABLE workshop_candidate (
    workshop_id   UUID         NOT NULL REFERENCES workshop (id),
    client_id     UUID         NOT NULL REFERENCES client (id),
    category      INTEGER      NOT NULL,
    added_on      DATE         NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    status_since  DATE         NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    UUID,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by    UUID,
    CONSTRAINT workshop_candidate_once PRIMARY KEY (workshop_id, client_id),
    CONSTRAINT workshop_candidate_category CHECK (category BETWEEN 1 AND 3)
);
CREATE INDEX workshop_candidate_by_client ON workshop_candidate (client_id);

-- Temp-agency sessions (uitzendsessies): an agency from the CRM talks with proposed clients on a date in the TDC.
CREATE TABLE agency_session (
    id                   UUID          PRIMARY KEY,
    municipality_code    VARCHAR(6)    NOT NULL REFERENCES municipality (code),
    session_date         DATE          NOT NULL,
    agency_id            UUID          NOT NULL REFERENCES employer (id),
    description          VARCHAR(500),
    outcome_note         VARCHAR(4000),
    outcome_recorded_at  TIMESTAMP WITH TIME ZONE,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    version              INTEGER       NOT NULL
);
CREATE INDEX agency_session_by_municipality ON agency_session (municipality_code, session_date);

CREATE TABLE agency_session_candidate (
    session_id   UUID         NOT NULL REFERENCES agency_session (id),
    client_id    UUID         NOT NULL REFERENCES client (id),
    outcome      VARCHAR(20),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   UUID,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT agency_session_candidate_once PRIMARY KEY (session_id, client_id)
);
CREATE INDEX agency_session_candidate_by_client ON agency_session_candidate (client_id);
