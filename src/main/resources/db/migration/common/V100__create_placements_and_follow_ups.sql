-- Placements (issue 6): a client placed in regular work, an afspraakbaan, education, a work-experience place,
-- secondment, sheltered work or day activities, with why the higher options were not chosen.
CREATE TABLE placement (
    id                 UUID          PRIMARY KEY,
    client_id          UUID          NOT NULL REFERENCES client (id),
    municipality_code  VARCHAR(6)    NOT NULL REFERENCES municipality (code),
    placement_type     VARCHAR(30)   NOT NULL,
    why_not_higher     VARCHAR(1000),
    employer_id        UUID          REFERENCES employer (id),
    vacancy_id         UUID          REFERENCES vacancy (id),
    start_date         DATE          NOT NULL,
    end_date           DATE,
    end_reason         VARCHAR(200),
    hours_per_week     INTEGER       NOT NULL,
    contract_type      VARCHAR(30),
    wage_subsidy       BOOLEAN       NOT NULL,
    no_risk_policy     BOOLEAN       NOT NULL,
    jobcoach_id        UUID,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by         UUID          NOT NULL,
    version            INTEGER       NOT NULL,
    CONSTRAINT placement_period CHECK (end_date IS NULL OR end_date >= start_date),
    CONSTRAINT placement_hours CHECK (hours_per_week BETWEEN 1 AND 40)
);
CREATE INDEX placement_by_client ON placement (client_id, start_date);
CREATE INDEX placement_by_municipality ON placement (municipality_code, start_date);

-- Follow-up (nazorg) contacts planned for a placement: with the employer and with the former client at each moment.
CREATE TABLE follow_up (
    id                 UUID          PRIMARY KEY,
    placement_id       UUID          NOT NULL REFERENCES placement (id),
    municipality_code  VARCHAR(6)    NOT NULL REFERENCES municipality (code),
    months_after       INTEGER       NOT NULL,
    party              VARCHAR(20)   NOT NULL,
    due_on             DATE          NOT NULL,
    held_on            DATE,
    outcome            VARCHAR(1000),
    signal             BOOLEAN       NOT NULL,
    recorded_by        UUID,
    version            INTEGER       NOT NULL,
    CONSTRAINT follow_up_once UNIQUE (placement_id, months_after, party)
);
CREATE INDEX follow_up_due ON follow_up (municipality_code, due_on);
