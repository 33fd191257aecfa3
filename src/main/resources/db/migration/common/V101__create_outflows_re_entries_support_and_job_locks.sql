-- A placement may come from a hired match (matching pair); the link lets the pair page show it.
ALTER TABLE placement ADD COLUMN match_pair_id UUID;
ALTER TABLE placement ADD COLUMN ended_by UUID;

-- A follow-up signal may reopen support: open until a coach closes it; it shows on the worklists meanwhile.
CREATE TABLE support_reopening (
    id                 UUID          PRIMARY KEY,
    placement_id       UUID          NOT NULL REFERENCES placement (id),
    follow_up_id       UUID          NOT NULL REFERENCES follow_up (id),
    client_id          UUID          NOT NULL REFERENCES client (id),
    municipality_code  VARCHAR(6)    NOT NULL REFERENCES municipality (code),
    reopened_on        DATE          NOT NULL,
    reopened_by        UUID          NOT NULL,
    closed_on          DATE,
    closed_by          UUID,
    version            INTEGER       NOT NULL,
    CONSTRAINT support_reopening_once UNIQUE (follow_up_id)
);
CREATE INDEX support_reopening_by_client ON support_reopening (client_id);

-- Outflow (uitstroom): a client leaves the benefit, wholly or partly (schadelastbeperking), for a reason.
CREATE TABLE outflow (
    id                 UUID          PRIMARY KEY,
    client_id          UUID          NOT NULL REFERENCES client (id),
    municipality_code  VARCHAR(6)    NOT NULL REFERENCES municipality (code),
    outflow_date       DATE          NOT NULL,
    reason             VARCHAR(20)   NOT NULL,
    extent             VARCHAR(20)   NOT NULL,
    placement_id       UUID          REFERENCES placement (id),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by         UUID          NOT NULL,
    version            INTEGER       NOT NULL
);
CREATE INDEX outflow_by_client ON outflow (client_id, outflow_date);
CREATE INDEX outflow_by_municipality ON outflow (municipality_code, outflow_date);

-- Re-entry (herinstroom): a client back on benefit after an outflow; flagged as revolving door within the window.
CREATE TABLE re_entry (
    id                 UUID          PRIMARY KEY,
    client_id          UUID          NOT NULL REFERENCES client (id),
    municipality_code  VARCHAR(6)    NOT NULL REFERENCES municipality (code),
    re_entry_date      DATE          NOT NULL,
    outflow_id         UUID          NOT NULL REFERENCES outflow (id),
    revolving_door     BOOLEAN       NOT NULL,
    window_months      INTEGER       NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by         UUID          NOT NULL,
    version            INTEGER       NOT NULL,
    CONSTRAINT re_entry_once UNIQUE (outflow_id)
);
CREATE INDEX re_entry_by_client ON re_entry (client_id, re_entry_date);
CREATE INDEX re_entry_by_municipality ON re_entry (municipality_code, re_entry_date);

-- ShedLock: a scheduled job takes this row's lock, so with several instances on one database it runs once.
CREATE TABLE shedlock (
    name        VARCHAR(64)   PRIMARY KEY,
    lock_until  TIMESTAMP(3)  NOT NULL,
    locked_at   TIMESTAMP(3)  NOT NULL,
    locked_by   VARCHAR(255)  NOT NULL
);
