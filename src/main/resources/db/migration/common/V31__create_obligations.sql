-- Obligations, exemptions (ontheffingen), signals with measures, and work bonuses of clients.
CREATE TABLE obligation (
    id                 UUID          PRIMARY KEY,
    client_id          UUID          NOT NULL REFERENCES client (id),
    municipality_code  VARCHAR(6)    NOT NULL REFERENCES municipality (code),
    kind               VARCHAR(30)   NOT NULL,
    valid_from         DATE          NOT NULL,
    valid_until        DATE,
    note               VARCHAR(2000),
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by        UUID
);
CREATE INDEX obligation_by_client ON obligation (client_id, valid_from);

CREATE TABLE exemption (
    id                 UUID          PRIMARY KEY,
    client_id          UUID          NOT NULL REFERENCES client (id),
    municipality_code  VARCHAR(6)    NOT NULL REFERENCES municipality (code),
    obligation_kind    VARCHAR(30)   NOT NULL,
    reason             VARCHAR(30)   NOT NULL,
    valid_from         DATE          NOT NULL,
    valid_until        DATE,
    recheck_on         DATE          NOT NULL,
    note               VARCHAR(2000),
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by        UUID
);
CREATE INDEX exemption_by_client ON exemption (client_id, valid_from);
CREATE INDEX exemption_recheck ON exemption (municipality_code, recheck_on);

-- Signals and measures are readable only with the SIGNALS permission.
CREATE TABLE client_signal (
    id                 UUID          PRIMARY KEY,
    client_id          UUID          NOT NULL REFERENCES client (id),
    municipality_code  VARCHAR(6)    NOT NULL REFERENCES municipality (code),
    kind               VARCHAR(30)   NOT NULL,
    signal_date        DATE          NOT NULL,
    description        VARCHAR(2000) NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    handled_on         DATE,
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by        UUID
);
CREATE INDEX client_signal_by_client ON client_signal (client_id, signal_date);
CREATE INDEX client_signal_open ON client_signal (municipality_code, status, signal_date);

CREATE TABLE measure (
    id                 UUID          PRIMARY KEY,
    signal_id          UUID          NOT NULL REFERENCES client_signal (id),
    client_id          UUID          NOT NULL REFERENCES client (id),
    municipality_code  VARCHAR(6)    NOT NULL REFERENCES municipality (code),
    kind               VARCHAR(30)   NOT NULL,
    percentage         INTEGER       NOT NULL,
    valid_from         DATE          NOT NULL,
    valid_until        DATE,
    decided_on         DATE          NOT NULL,
    note               VARCHAR(2000),
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by        UUID
);
CREATE INDEX measure_by_client ON measure (client_id, valid_from);

CREATE TABLE work_bonus (
    id                 UUID          PRIMARY KEY,
    client_id          UUID          NOT NULL REFERENCES client (id),
    municipality_code  VARCHAR(6)    NOT NULL REFERENCES municipality (code),
    bonus_date         DATE          NOT NULL,
    amount             NUMERIC(10,2) NOT NULL,
    reason             VARCHAR(500)  NOT NULL,
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by        UUID
);
CREATE INDEX work_bonus_by_client ON work_bonus (client_id, bonus_date);
